'use strict';
const t = new EventTarget();
t.addEventListener('e', (e) => {
  e.preventDefault();
  console.log('in listener', e.defaultPrevented, e.returnValue);
});
console.log('cancelable', t.dispatchEvent(new Event('e', { cancelable: true })));
console.log('not cancelable', t.dispatchEvent(new Event('e')));

const ev = new Event('x', { cancelable: true });
try { ev.returnValue = false; } catch (err) { console.log('returnValue setter', err.name); }
console.log('returnValue', ev.defaultPrevented, ev.returnValue);
const ev2 = new Event('y', { cancelable: true });
ev2.cancelBubble = true;
console.log('cancelBubble', ev2.cancelBubble);
ev2.cancelBubble = false;
console.log('cancelBubble stays', ev2.cancelBubble);
const ev3 = new Event('z');
ev3.initEvent('zz', true, true);
console.log('initEvent', ev3.type, ev3.bubbles, ev3.cancelable);
ev3.preventDefault();
console.log('prevented after init', ev3.defaultPrevented);
