// 1,000 idle workers alive at once in one process: the time until every
// one has said it is online (each stays alive, listening), and the resident set they add (RSS before
// and after, on stderr); then all are terminated. An argument sets the
// count. Node needs about 8 MiB per worker (some 8 GiB for 1,000); wqnode's
// default limits allow it (Limits.Workers: none beyond the process's cap
// of 1,024 live workers).
const { Worker } = require('worker_threads');
const fs = require('fs');
const N = Number(process.argv[2]) || 1000;
function rss() {
  // VmRSS of this process (procfs), in bytes; process.memoryUsage() as a fallback.
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'latin1'));
    if (m) return Number(m[1]) * 1024;
  } catch {}
  return process.memoryUsage().rss;
}
const before = rss();
const start = process.hrtime.bigint();
const workers = [];
let online = 0;
for (let i = 0; i < N; i++) {
  const w = new Worker('const { parentPort } = require("worker_threads"); parentPort.on("message", () => {}); parentPort.postMessage(0)', { eval: true });
  w.once('message', () => {
    if (++online < N) return;
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    setTimeout(() => {
      const after = rss();
      process.stderr.write(`${N} workers online in ${ms.toFixed(0)} ms; RSS ${(before / 2 ** 20).toFixed(1)} -> ${(after / 2 ** 20).toFixed(1)} MiB, ${((after - before) / N / 1024).toFixed(0)} KiB per worker\n`);
      for (const x of workers) x.terminate();
    }, 200);
  });
  w.on('error', (e) => { process.stderr.write(`worker ${i}: ${e.message}\n`); process.exit(1); });
  workers.push(w);
}
