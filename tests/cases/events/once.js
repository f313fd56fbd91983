'use strict';
const EventEmitter = require('node:events');

const e = new EventEmitter();
let n = 0;
e.once('x', (v) => { n += v; console.log('once fired', v); });
console.log(e.emit('x', 5), e.emit('x', 6), n);
console.log('count after', e.listenerCount('x'));

function f(a) { console.log('f', a); }
e.once('y', f);
console.log('listeners is f', e.listeners('y')[0] === f);
const raw = e.rawListeners('y')[0];
console.log('raw is wrapper', raw !== f, raw.listener === f, typeof raw);
raw('direct');
console.log('after direct call count', e.listenerCount('y'));
raw('again');

e.once('z', f);
e.removeListener('z', f);
console.log('removed once by original', e.listenerCount('z'));

e.prependOnceListener('p', () => console.log('p first'));
e.on('p', () => console.log('p second'));
e.prependListener('p', () => console.log('p zero'));
e.emit('p');
e.emit('p');

// once listener emitting same event recursively
e.once('r', () => { console.log('r outer'); e.emit('r'); });
e.emit('r');

// this inside once
e.once('t', function () { console.log('this ok', this === e, arguments.length); });
e.emit('t');
