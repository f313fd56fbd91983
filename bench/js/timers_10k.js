// 10,000 timers across a few durations, and 10,000 immediates.
let n = 0;
for (let i = 0; i < 10000; i++) setTimeout(() => { n++; }, i % 4);
let m = 0;
for (let i = 0; i < 10000; i++) setImmediate(() => { m++; });
process.on('exit', () => { if (n !== 10000 || m !== 10000) throw new Error('lost callbacks'); });
