'use strict';
const EventEmitter = require('node:events');
function show(label, fn) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (err) {
    console.log(label, '|', err.name, err.code, '|', err.message, '|', err instanceof RangeError);
  }
}
const e = new EventEmitter();
for (const v of [-1, -0.5, -Infinity, NaN, -(2 ** 40), -12345678901234567890]) {
  show('setMaxListeners ' + String(v), () => e.setMaxListeners(v));
}
show('events.setMaxListeners', () => EventEmitter.setMaxListeners(-3));
show('AbortSignal.timeout big', () => AbortSignal.timeout(2 ** 40));
show('AbortSignal.timeout float', () => AbortSignal.timeout(0.5));
show('AbortSignal.timeout neg', () => AbortSignal.timeout(-(2 ** 33)));
show('on highWaterMark', () => EventEmitter.on(e, 'x', { highWaterMark: -5 }));
show('on lowWaterMark', () => EventEmitter.on(e, 'x', { lowWaterMark: 2 ** 60 }));
show('on highWaterMark float', () => EventEmitter.on(e, 'x', { highWaterMark: 1.5 }));
