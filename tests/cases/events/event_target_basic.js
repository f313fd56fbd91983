'use strict';
const t = new EventTarget();
const order = [];
t.addEventListener('foo', function (ev) {
  order.push('l1');
  console.log('this is target', this === t);
  console.log('fields', ev.type, ev.eventPhase, ev.target === t, ev.currentTarget === t, ev.srcElement === t);
  console.log('composedPath', ev.composedPath().length, ev.composedPath()[0] === t);
});
t.addEventListener('foo', () => order.push('l2'));
const ev = new Event('foo');
console.log('before', ev.eventPhase, ev.target, ev.currentTarget, ev.composedPath().length);
console.log('dispatch returns', t.dispatchEvent(ev));
console.log('after', ev.eventPhase, ev.target === t, ev.currentTarget, ev.composedPath().length);
console.log(order.join(','));
console.log('redispatch', t.dispatchEvent(ev));
console.log(order.join(','));
console.log(Object.prototype.toString.call(t), Object.prototype.toString.call(ev));
console.log(typeof EventTarget, typeof Event, EventTarget.name, Event.name);
console.log(Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE);
console.log('defaults', ev.bubbles, ev.cancelable, ev.composed, ev.defaultPrevented, ev.isTrusted, ev.returnValue, ev.cancelBubble, typeof ev.timeStamp);
const opts = new Event('bar', { bubbles: true, cancelable: true, composed: true });
console.log('opts', opts.bubbles, opts.cancelable, opts.composed);
console.log('type coercion', new Event(123).type, new Event(null).type, new Event(undefined).type, new Event({ toString() { return 'obj'; } }).type);
class Sub extends EventTarget {
  constructor() { super(); this.name = 'sub'; }
}
const s = new Sub();
s.addEventListener('hi', (e) => console.log('sub got', e.type, e.target === s));
s.dispatchEvent(new Event('hi'));
console.log(Object.prototype.toString.call(s));
// no listeners
console.log('no listeners', new EventTarget().dispatchEvent(new Event('x')));
