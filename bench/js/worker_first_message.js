// 20 Workers, one after another: new Worker until its first message.
const { Worker } = require('worker_threads');
let left = 20;
(function next() {
  if (left-- === 0) return;
  const w = new Worker('require("worker_threads").parentPort.postMessage(1)', { eval: true });
  w.once('message', () => w.terminate().then(next));
})();
