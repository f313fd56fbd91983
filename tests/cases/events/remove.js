'use strict';
const EventEmitter = require('node:events');

const e = new EventEmitter();
const log = [];
e.on('removeListener', (name, fn) => log.push(['removeListener', String(name), fn.name]));
function a() {}
function b() {}
function c() {}
e.on('x', a); e.on('x', b); e.on('x', c); e.on('x', a);
e.removeListener('x', a);
console.log(e.listeners('x').map((f) => f.name));
e.off('x', a);
console.log(e.listeners('x').map((f) => f.name));
e.removeListener('x', function nope() {});
e.removeListener('nothing', a);
console.log(e.listeners('x').map((f) => f.name));
e.removeAllListeners('x');
console.log('x count', e.listenerCount('x'));
e.on('y', a); e.on('z', b);
e.removeAllListeners();
console.log('all removed', e.eventNames());
console.log(JSON.stringify(log));

// Removing during emit does not affect the current emit
const f = new EventEmitter();
function one() { console.log('one'); f.removeListener('q', two); }
function two() { console.log('two'); }
f.on('q', one); f.on('q', two);
f.emit('q');
f.emit('q');

// removeAllListeners without removeListener listener
const g = new EventEmitter();
g.on('a', a); g.on('b', b);
g.removeAllListeners('a');
console.log(g.eventNames(), g._eventsCount);
g.removeAllListeners('b');
console.log(g.eventNames(), g._eventsCount);
console.log('chain', g.removeAllListeners() === g, g.removeListener('x', a) === g);
