'use strict';
const EventEmitter = require('node:events');

const e = new EventEmitter();
function a() {}
function b() {}
e.on('x', a);
e.once('x', b);
const l = e.listeners('x');
console.log(l.length, l[0] === a, l[1] === b);
l.push(() => {});
console.log('copy not live', e.listeners('x').length);
const raw = e.rawListeners('x');
console.log(raw[0] === a, raw[1] !== b, raw[1].listener === b);
console.log('listeners none', e.listeners('none'), e.rawListeners('none'));
console.log('listenerCount with listener', e.listenerCount('x', a), e.listenerCount('x', b), e.listenerCount('x', () => {}));
console.log('static listenerCount', EventEmitter.listenerCount(e, 'x'));
console.log('getEventListeners', EventEmitter.getEventListeners(e, 'x').length);
const t = new EventTarget();
t.addEventListener('foo', a);
t.addEventListener('foo', b);
t.addEventListener('foo', a);
console.log('getEventListeners target', EventEmitter.getEventListeners(t, 'foo').map((f) => f.name));
console.log('getEventListeners target none', EventEmitter.getEventListeners(t, 'bar'));
try { EventEmitter.getEventListeners(5, 'x'); } catch (err) { console.log(err.code, err.message); }
try { EventEmitter.getMaxListeners({}); } catch (err) { console.log(err.code, err.message); }
console.log('target max', EventEmitter.getMaxListeners(t));
EventEmitter.setMaxListeners(3, t);
console.log('target max after', EventEmitter.getMaxListeners(t));
try { EventEmitter.setMaxListeners(3, {}); } catch (err) { console.log(err.code, err.message); }
