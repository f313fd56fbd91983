'use strict';
process.on('warning', (w) => {
  console.log('warning', w.name, w.message);
  console.log('  keys', Object.keys(w).join(','), w.type, w.count);
});
const t = new EventTarget();
t.addEventListener('x', null);
t.addEventListener('x', undefined);
for (let i = 0; i < 11; i++) t.addEventListener('foo', () => {});
for (let i = 0; i < 11; i++) t.addEventListener('bar', () => {});
const EventEmitter = require('node:events');
const t2 = new EventTarget();
EventEmitter.setMaxListeners(2, t2);
t2.addEventListener('y', () => {});
t2.addEventListener('y', () => {});
t2.addEventListener('y', () => {});
console.log('sync done');
