// A 64 MiB ArrayBuffer transferred to a worker and back.
const { Worker } = require('worker_threads');
const w = new Worker('const { parentPort } = require("worker_threads"); parentPort.on("message", (ab) => parentPort.postMessage(ab, [ab]))', { eval: true });
const ab = new ArrayBuffer(64 << 20);
w.on('message', (back) => {
  if (back.byteLength !== 64 << 20) throw new Error('lost');
  w.terminate();
});
w.postMessage(ab, [ab]);
