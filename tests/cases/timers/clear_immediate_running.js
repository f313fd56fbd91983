// clearing immediates in every position, from inside and outside the check phase
const log = [];
const a = setImmediate(() => { log.push('a'); clearImmediate(c); clearImmediate(e); d2 = setImmediate(() => log.push('d2')); clearImmediate(d2); setImmediate(() => log.push('next')); });
const b = setImmediate(() => log.push('b'));
const c = setImmediate(() => log.push('c'));
const d = setImmediate(() => { log.push('d'); clearImmediate(b); });
const e = setImmediate(() => log.push('e'));
let d2;
const f = setImmediate(() => log.push('f'));
clearImmediate(f);
setTimeout(() => console.log(log.join(' ')), 20);
