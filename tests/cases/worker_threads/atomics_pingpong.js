'use strict';
// wait/notify ping-pong between the main thread and a worker, and a SAB
// posted in a message is the same memory on both sides.
const { Worker } = require('worker_threads');
const sab = new SharedArrayBuffer(8);
const flag = new Int32Array(sab);
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.once('message', ({ sab }) => {
    const flag = new Int32Array(sab);
    const seen = [];
    for (let round = 1; round <= 5; round++) {
      // wait for the main thread's odd turn
      while (Atomics.load(flag, 0) !== 2 * round - 1) Atomics.wait(flag, 0, 2 * round - 2);
      seen.push(Atomics.load(flag, 0));
      Atomics.store(flag, 0, 2 * round);
      Atomics.notify(flag, 0);
    }
    parentPort.postMessage(seen.join());
  });
`, { eval: true });
w.postMessage({ sab });
const seen = [];
for (let round = 1; round <= 5; round++) {
  Atomics.store(flag, 0, 2 * round - 1);
  Atomics.notify(flag, 0);
  while (Atomics.load(flag, 0) !== 2 * round) Atomics.wait(flag, 0, 2 * round - 1);
  seen.push(Atomics.load(flag, 0));
}
console.log('main saw', seen.join());
w.on('message', (m) => console.log('worker saw', m));
w.on('exit', (c) => console.log('exit', c));
