// Timers and immediates cleared by a nextTick between two callbacks of the
// same turn do not run, and the ones after them still do; an unref'd
// timers/promises timeout does not keep the process alive.
setTimeout(() => {
  process.nextTick(() => { clearTimeout(t2); clearTimeout(t3); });
  console.log('t1');
}, 1);
const t2 = setTimeout(() => console.log('t2'), 1);
const t3 = setTimeout(() => console.log('t3'), 1);
setTimeout(() => console.log('t4'), 1);
const start = Date.now();
while (Date.now() - start < 5);

setImmediate(() => {
  process.nextTick(() => { clearImmediate(i2); clearImmediate(i3); });
  console.log('i1');
});
const i2 = setImmediate(() => console.log('i2'));
const i3 = setImmediate(() => console.log('i3'));
setImmediate(() => console.log('i4'));

require('timers/promises').setTimeout(5000, null, { ref: false }).then(() => console.log('unref fired'));
