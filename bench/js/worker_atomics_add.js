// Atomics.add from two workers on one SharedArrayBuffer, 200,000 times
// each: the sum must be exact (the process fails otherwise); ops/s on
// stderr.
const { Worker } = require('worker_threads');
const N = 200000;
const sab = new SharedArrayBuffer(8);
const a = new Int32Array(sab);
const src = 'const { workerData: s } = require("worker_threads"); const a = new Int32Array(s.sab); for (let i = 0; i < s.n; i++) Atomics.add(a, 0, 1);';
const start = process.hrtime.bigint();
let n = 0;
for (let k = 0; k < 2; k++) {
  new Worker(src, { eval: true, workerData: { sab, n: N } }).on('exit', () => {
    if (++n < 2) return;
    const s = Number(process.hrtime.bigint() - start) / 1e9;
    if (Atomics.load(a, 0) !== 2 * N) throw new Error(`sum ${Atomics.load(a, 0)}, expected ${2 * N}`);
    process.stderr.write(`${Math.round(2 * N / s)} ops/s\n`);
  });
}
