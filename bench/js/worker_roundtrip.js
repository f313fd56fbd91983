// 5,000 message round trips between the main thread and a worker.
const { Worker } = require('worker_threads');
const w = new Worker('const { parentPort } = require("worker_threads"); parentPort.on("message", (m) => parentPort.postMessage(m))', { eval: true });
let n = 0;
w.on('message', (m) => {
  if (++n === 5000) w.terminate();
  else w.postMessage({ n, s: 'payload' });
});
w.postMessage({ n, s: 'payload' });
