'use strict';
const ce = new CustomEvent('c', { detail: { a: 1 } });
console.log(ce.type, JSON.stringify(ce.detail), ce instanceof Event, ce instanceof CustomEvent);
console.log('default detail', new CustomEvent('d').detail, new CustomEvent('d', {}).detail);
console.log('falsy detail', new CustomEvent('d', { detail: 0 }).detail, new CustomEvent('d', { detail: '' }).detail);
console.log(Object.prototype.toString.call(ce), CustomEvent.name);
const t = new EventTarget();
t.addEventListener('c', (e) => console.log('got detail', e.detail.a, e.target === t));
t.dispatchEvent(ce);
console.log('cancelable', new CustomEvent('x', { cancelable: true }).cancelable);
try { Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').get.call(new Event('x')); } catch (err) {
  console.log(err.name, err.code);
}
