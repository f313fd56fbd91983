// Node's phase and queue order: sync, nextTick, microtasks, timers,
// immediates, and ticks/microtasks after each callback.
const log = (s) => console.log(s);
setTimeout(() => log('timeout 0'), 0);
setImmediate(() => log('immediate'));
process.nextTick(() => log('tick'));
Promise.resolve().then(() => log('promise'));
queueMicrotask(() => log('microtask'));
setTimeout(() => {
  log('t1');
  Promise.resolve().then(() => log('p in t1'));
  process.nextTick(() => log('tick in t1'));
}, 100);
setTimeout(() => log("t2"), 100);
setTimeout(() => {
  setImmediate(() => log('immediate from timer'));
  setTimeout(() => log('timeout from timer'), 0);
}, 150);
process.nextTick(() => {
  log('tick 2');
  process.nextTick(() => log('tick from tick'));
  Promise.resolve().then(() => log('promise from tick'));
});
process.on('exit', (c) => log('exit ' + c));
log('sync');
