'use strict';
const t = new EventTarget();
const log = (...a) => console.log(...a);

// duplicates and capture identity
const f = () => log('f');
t.addEventListener('b', f);
t.addEventListener('b', f);
t.addEventListener('b', f, true);
t.addEventListener('b', f, { capture: true });
t.dispatchEvent(new Event('b'));
t.removeEventListener('b', f);
t.dispatchEvent(new Event('b'));
t.removeEventListener('b', f, { capture: true });
t.dispatchEvent(new Event('b'));

// handleEvent objects
const obj = { handleEvent(e) { log('handleEvent', this === obj, e.type); } };
t.addEventListener('c', obj);
t.dispatchEvent(new Event('c'));
t.removeEventListener('c', obj);
t.dispatchEvent(new Event('c'));

// listeners added during dispatch
t.addEventListener('a', () => { log('a1'); t.addEventListener('a', () => log('a-added')); });
t.addEventListener('a', () => log('a2'));
t.dispatchEvent(new Event('a'));

// removal during dispatch
const i2 = () => log('i2');
t.addEventListener('i', () => { log('i1'); t.removeEventListener('i', i2); });
t.addEventListener('i', i2);
t.dispatchEvent(new Event('i'));

// once
t.addEventListener('o', () => log('once'), { once: true });
t.dispatchEvent(new Event('o'));
t.dispatchEvent(new Event('o'));

// signal
const ac = new AbortController();
t.addEventListener('s', () => log('signal listener'), { signal: ac.signal });
t.dispatchEvent(new Event('s'));
ac.abort();
t.dispatchEvent(new Event('s'));
t.addEventListener('s2', () => log('never'), { signal: ac.signal });
t.dispatchEvent(new Event('s2'));

// stopImmediatePropagation
t.addEventListener('st', (e) => { log('st1'); e.stopImmediatePropagation(); log('cancelBubble', e.cancelBubble); });
t.addEventListener('st', () => log('st2'));
t.dispatchEvent(new Event('st'));

// stopPropagation before dispatch does not prevent, stopImmediatePropagation does
const e1 = new Event('m'); e1.stopPropagation();
t.addEventListener('m', () => log('m called'));
t.dispatchEvent(e1);
const e2 = new Event('n'); e2.stopImmediatePropagation();
t.addEventListener('n', () => log('n called'));
t.dispatchEvent(e2);

// symbol-free type coercion on add/remove
t.addEventListener(1, () => log('numeric type'));
t.dispatchEvent(new Event('1'));
