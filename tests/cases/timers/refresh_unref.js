// timer.refresh() returns the timer and keeps its ref state; an unref'd
// refreshed timer still fires while a ref'd one holds the loop.
const order = [];
const t = setTimeout(() => order.push('unref'), 1);
t.unref();
console.log(t.refresh() === t, t.hasRef());
const r = setTimeout(() => order.push('ref'), 5);
console.log(r.refresh() === r, r.hasRef());
let n = 0;
const iv = setInterval(() => { if (++n === 2) { clearInterval(iv); order.push('interval'); } }, 1);
console.log(iv.refresh() === iv);
process.on('exit', () => console.log(order.sort()));
