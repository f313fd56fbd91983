'use strict';
const EventEmitter = require('node:events');

process.on('warning', (w) => {
  console.log('warning', w.name, w.message);
  console.log('  fields', w.emitter instanceof EventEmitter, String(w.type), w.count);
});

const e = new EventEmitter();
for (let i = 0; i < 11; i++) e.on('leak', () => {});
for (let i = 0; i < 15; i++) e.on('leak', () => {}); // warns only once
e.setMaxListeners(2);
console.log('max', e.getMaxListeners());
e.on('small', () => {}); e.on('small', () => {}); e.on('small', () => {});
e.setMaxListeners(0);
for (let i = 0; i < 20; i++) e.on('unlimited', () => {});
class MyEmitter extends EventEmitter {}
const m = new MyEmitter();
m.setMaxListeners(1);
m.on('sym', () => {}); m.on('sym', () => {});
const s = Symbol('mysym');
m.on(s, () => {}); m.on(s, () => {});

for (const bad of [-1, 'x', NaN, null]) {
  try { e.setMaxListeners(bad); console.log('accepted', bad); } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
try { EventEmitter.defaultMaxListeners = -5; } catch (err) { console.log(err.code, err.message); }
try { EventEmitter.defaultMaxListeners = 'a'; } catch (err) { console.log(err.code, err.message); }
const before = EventEmitter.defaultMaxListeners;
EventEmitter.defaultMaxListeners = 3;
console.log('new default', new EventEmitter().getMaxListeners(), e.getMaxListeners());
EventEmitter.defaultMaxListeners = before;
console.log('events.getMaxListeners', EventEmitter.getMaxListeners(m), EventEmitter.getMaxListeners(new EventEmitter()));
EventEmitter.setMaxListeners(7, m);
console.log('after setMaxListeners(7, m)', m.getMaxListeners());
