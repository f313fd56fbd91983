'use strict';
// Atomics.wait: a timeout, not-equal, a notify from a worker, and a
// worker blocked in Atomics.wait ended by terminate().
const { Worker } = require('worker_threads');
const sab = new SharedArrayBuffer(16);
const a = new Int32Array(sab);
console.log(Atomics.wait(a, 0, 0, 10));
console.log(Atomics.wait(a, 0, 1, 10));
console.log(Atomics.notify(a, 0));
const w = new Worker(`
  const { workerData, parentPort } = require('worker_threads');
  const a = new Int32Array(workerData);
  parentPort.postMessage('ready');
  // Blocks until the main thread notifies.
  const r = Atomics.wait(a, 1, 0);
  parentPort.postMessage('woke ' + r);
`, { eval: true, workerData: sab });
w.on('message', (m) => {
  console.log(m);
  if (m === 'ready') {
    // Notify until the worker is really waiting (notify counts it).
    const t = setInterval(() => { if (Atomics.notify(a, 1) === 1) clearInterval(t); }, 1);
  }
});
w.on('exit', (c) => {
  console.log('exit', c);
  const w2 = new Worker(`
    const { workerData, parentPort } = require('worker_threads');
    const a = new Int32Array(workerData);
    Atomics.store(a, 2, 1);
    parentPort.postMessage('blocking');
    Atomics.wait(a, 3, 0); // forever
    parentPort.postMessage('never');
  `, { eval: true, workerData: sab });
  w2.on('message', (m) => { console.log(m); w2.terminate(); });
  w2.on('exit', (c) => console.log('terminated exit', c));
});
