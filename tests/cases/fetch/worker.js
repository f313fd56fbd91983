// fetch and its globals in a worker thread, against a server in the main thread.
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');
if (isMainThread) {
  const http = require('http');
  const s = http.createServer((req, res) => res.end('from main ' + req.url));
  s.listen(0, '127.0.0.1', () => {
    const w = new Worker(__filename, { workerData: s.address().port });
    w.on('message', (m) => { console.log(m); s.close(); });
  });
} else {
  fetch(`http://127.0.0.1:${workerData}/w`).then((r) => r.text()).then((t) => parentPort.postMessage([t, typeof Headers, typeof FormData]));
}
