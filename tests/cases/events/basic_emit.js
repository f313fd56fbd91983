'use strict';
const EventEmitter = require('node:events');

const e = new EventEmitter();
const calls = [];
e.on('a', function (x, y) { calls.push(['a1', x, y, this === e]); });
e.on('a', (x) => calls.push(['a2', x]));
console.log('emit a', e.emit('a', 1, 2));
console.log('emit none', e.emit('none'));
console.log(JSON.stringify(calls));
console.log('count', e.listenerCount('a'), e.listenerCount('none'));
console.log('names', e.eventNames());
console.log('on===addListener', e.on === e.addListener, e.off === e.removeListener);
console.log('chain', e.on('b', () => {}) === e, e.once('c', () => {}) === e);
console.log('names2', e.eventNames());
console.log('max', e.getMaxListeners(), EventEmitter.defaultMaxListeners);
console.log('typeof', typeof EventEmitter, EventEmitter.name, EventEmitter.length);
console.log('EventEmitter.EventEmitter', EventEmitter.EventEmitter === EventEmitter);
console.log('usingDomains', EventEmitter.usingDomains);
console.log('ownkeys', Reflect.ownKeys(e).map(String));
console.log('_eventsCount', e._eventsCount, Object.getPrototypeOf(e._events));
// many arguments
e.on('many', (...args) => console.log('many', args.length, args.join(',')));
e.emit('many', 1, 2, 3, 4, 5, 6, 7);
e.emit('many');
// symbol events
const sym = Symbol('sym');
e.on(sym, (v) => console.log('symbol event', v));
e.emit(sym, 'v');
console.log('names3', e.eventNames().map(String));
