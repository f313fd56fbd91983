// 50 messages of 1 MiB (a Uint8Array) from a forked child over an
// 'advanced' (V8 serializer) IPC channel.
const { fork } = require('child_process');
if (process.argv[2] === 'child') {
  const msg = new Uint8Array(1 << 20).fill(7);
  for (let i = 0; i < 50; i++) process.send(msg);
} else {
  const c = fork(__filename, ['child'], { serialization: 'advanced' });
  let n = 0;
  c.on('message', (m) => {
    if (m.length !== 1 << 20) throw new Error('short message');
    if (++n === 50) c.disconnect();
  });
}
