// Timeout objects: ref/unref/hasRef/refresh, Symbol.toPrimitive ids usable
// with clearTimeout, and clearing before firing.
const t = setTimeout(() => console.log('never'), 10);
console.log(t.hasRef(), t.unref() === t, t.hasRef(), t.ref().hasRef());
clearTimeout(t);
const t2 = setTimeout(() => console.log('never either'), 10);
const id = +t2;
console.log(typeof id, Number.isInteger(id));
clearTimeout(id);
const t3 = setTimeout(() => console.log('refreshed fired'), 30);
setTimeout(() => { t3.refresh(); console.log('refreshing'); }, 15);
const imm = setImmediate(() => console.log('never immediate'));
clearImmediate(imm);
setImmediate((a) => console.log('immediate arg', a), 42);
console.log(typeof setTimeout(() => {}, 0)[Symbol.toPrimitive]);
try { setTimeout('code'); } catch (e) { console.log(e.name, e.code); }
try { setImmediate(null); } catch (e) { console.log(e.name, e.code, e.message); }
