// Ticks run before promise jobs; promise jobs queued by ticks run in the
// same checkpoint; ticks queued by promise jobs run after them.
const log = [];
Promise.resolve().then(() => {
  log.push('p1');
  process.nextTick(() => log.push('tick from p1'));
  Promise.resolve().then(() => log.push('p1.1'));
});
process.nextTick(() => {
  log.push('t1');
  Promise.resolve().then(() => log.push('p from t1'));
  process.nextTick(() => log.push('t1.1'));
});
queueMicrotask(() => log.push('qm'));
setTimeout(() => {
  console.log(log.join(' '));
  const order = [];
  setTimeout(() => { order.push('a'); Promise.resolve().then(() => order.push('a-p')); }, 0);
  setTimeout(() => { order.push('b'); process.nextTick(() => order.push('b-t')); }, 0);
  setImmediate(() => { order.push('i1'); Promise.resolve().then(() => order.push('i1-p')); });
  setImmediate(() => { order.push('i2'); });
  setTimeout(() => console.log(order.join(' ')), 20);
}, 0);
