// Uncaught errors in a worker reach the parent's 'error' (cloned, class
// kept) and the worker exits with 1; eval workers see '[worker eval]'.
const { Worker } = require('worker_threads');
const run = (code) => new Promise((resolve) => {
  const w = new Worker(code, { eval: true });
  w.on('error', (e) => console.log('error', e.constructor.name, e.message));
  w.on('exit', (c) => { console.log('exit', c); resolve(); });
});
(async () => {
  await run('console.log(__filename, process.argv[1]); throw new RangeError("bad range")');
  await run('Promise.reject(new TypeError("rejected"))');
  await run('process.on("uncaughtException", (e) => { console.log("caught", e.message); process.exitCode = 3; }); throw new Error("x")');
  await run('process.exit(42)');
  await run('require("worker_threads").parentPort.postMessage(1); setTimeout(() => {}, 10)');
})();
