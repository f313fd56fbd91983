'use strict';
const os = require('node:os');
const cpus = os.cpus();
console.log(Array.isArray(cpus), cpus.length > 0);
for (const c of cpus.slice(0, 1)) {
  console.log(Object.keys(c), typeof c.model, typeof c.speed, Object.keys(c.times));
  console.log(Object.values(c.times).every((t) => typeof t === 'number' && t >= 0));
}
console.log(os.availableParallelism() >= 1, Number.isInteger(os.availableParallelism()));
const total = os.totalmem();
const free = os.freemem();
console.log(total > 0, free > 0, free <= total, Number.isInteger(total));
const la = os.loadavg();
console.log(la.length, la.every((x) => typeof x === 'number' && x >= 0));
const up = os.uptime();
console.log(typeof up, up > 0);
