// 20,000 small messages back and forth between a parent and a forked
// child over the IPC channel (json serialization), one in flight at a time.
const { fork } = require('child_process');
if (process.argv[2] === 'child') {
  process.on('message', (m) => process.send(m + 1));
} else {
  const c = fork(__filename, ['child']);
  const n = 20000;
  c.on('message', (m) => {
    if (m >= n) c.disconnect();
    else c.send(m);
  });
  c.send(0);
}
