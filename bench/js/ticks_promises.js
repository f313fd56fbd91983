// 100,000 nextTicks and 100,000 promise jobs.
let n = 0;
for (let i = 0; i < 100000; i++) process.nextTick(() => n++);
let p = Promise.resolve();
for (let i = 0; i < 100000; i++) p = p.then(() => n++);
p.then(() => { if (n !== 200000) throw new Error('lost'); });
