'use strict';
// Many messages per read, messages split across reads (long ones, multi-byte
// characters at every offset), in both serializations: all arrive, in
// order; send() returns false past the high-water mark and the callbacks
// of queued writes all run, in order.
const { fork } = require('node:child_process');

const mode = process.argv[3] || 'json';
if (process.argv[2] === 'child') {
  const big = "é☃".repeat(1000000); // 5 000 000 bytes of UTF-8
  let i = 0;
  const results = [];
  const cbs = [];
  // Long runs of small messages, some large ones between them.
  for (; i < 2000; i++) results.push(process.send({ i, s: 'x'.repeat(i % 37) + '☃' }, () => cbs.push(i)));
  results.push(process.send({ i: i++, big }, () => cbs.push('big')));
  for (let k = 0; k < 500; k++, i++) process.send({ i, s: '€'.repeat(k % 5) });
  if (mode === 'advanced') process.send({ i: i++, buf: Buffer.alloc(300000, 7), map: new Map([[1, 2]]) });
  process.send({ i: i++, last: true }, () => {
    process.send({ done: true, falseAfterBig: results[results.length - 1] === false, cbs: cbs.length });
  });
  process.on('message', () => process.disconnect());
} else {
  const c = fork(__filename, ['child', mode], { serialization: mode });
  let next = 0;
  let ok = true;
  c.on('message', (m) => {
    if (m.done) {
      console.log(mode, 'messages', next, 'in order', ok, 'false after big', m.falseAfterBig, 'callbacks', m.cbs);
      c.send('bye');
      return;
    }
    if (m.i !== next++) ok = false;
    if (m.big !== undefined && m.big !== "é☃".repeat(1000000)) ok = false;
    if (m.buf !== undefined && (m.buf.length !== 300000 || m.buf[299999] !== 7 || m.map.get(1) !== 2)) ok = false;
  });
  c.on('disconnect', () => console.log(mode, 'disconnect'));
  c.on('exit', (code) => {
    console.log(mode, 'exit', code);
    if (mode === 'json') fork(__filename, ['parent', 'advanced']);
  });
}
