'use strict';
function show(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r);
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}
const t = new EventTarget();
show('Event()', () => new Event());
show('Event opts number', () => new Event('x', 5));
show('Event opts string', () => new Event('x', 'str'));
show('Event opts array', () => new Event('x', []));
show('Event opts fn', () => new Event('x', () => {}));
show('Event opts null', () => new Event('x', null).type);
show('CustomEvent()', () => new CustomEvent());
show('dispatch number', () => t.dispatchEvent(5));
show('dispatch object', () => t.dispatchEvent({ type: 'x' }));
show('dispatch none', () => t.dispatchEvent());
show('add no args', () => t.addEventListener());
show('add one arg', () => t.addEventListener('x'));
show('add number listener', () => t.addEventListener('x', 5));
show('add string listener', () => t.addEventListener('x', 'str'));
show('remove number listener', () => t.removeEventListener('x', 5));
show('remove no args', () => t.removeEventListener());
show('bad this add', () => EventTarget.prototype.addEventListener.call({}, 'x', () => {}));
show('bad this dispatch', () => EventTarget.prototype.dispatchEvent.call({}, new Event('x')));
show('bad this type', () => Object.getOwnPropertyDescriptor(Event.prototype, 'type').get.call({}));
show('proto type', () => Event.prototype.type);
show('add options number', () => t.addEventListener('x', () => {}, 5));
t.addEventListener('z', (e) => {
  show('recursion', () => t.dispatchEvent(e));
});
t.dispatchEvent(new Event('z'));
