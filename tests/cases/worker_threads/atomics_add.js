'use strict';
// Atomics.add from two workers and the main thread on one SharedArrayBuffer:
// the sum is exact.
const { Worker } = require('worker_threads');
const N = 20000;
const sab = new SharedArrayBuffer(16);
const counter = new Int32Array(sab);
const src = `
  const { workerData, parentPort } = require('worker_threads');
  const a = new Int32Array(workerData.sab);
  for (let i = 0; i < workerData.n; i++) Atomics.add(a, 0, 1);
  const b = new BigInt64Array(workerData.sab);
  for (let i = 0; i < 100; i++) Atomics.sub(b, 1, 3n);
  parentPort.postMessage('done');
`;
let exited = 0;
const messages = [];
for (let k = 0; k < 2; k++) {
  const w = new Worker(src, { eval: true, workerData: { sab, n: N } });
  w.on('message', (m) => messages.push(m));
  w.on('exit', (code) => {
    messages.push('exit ' + code);
    if (++exited === 2) {
      console.log(messages.sort().join());
      console.log('sum', Atomics.load(counter, 0), 'expected', 2 * N + 1000);
      console.log('big', Atomics.load(new BigInt64Array(sab), 1));
    }
  });
}
for (let i = 0; i < 1000; i++) Atomics.add(counter, 0, 1);
