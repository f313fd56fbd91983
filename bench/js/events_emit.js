// 1,000,000 EventEmitter emits with two listeners.
const EventEmitter = require('events');
const e = new EventEmitter();
let n = 0;
e.on('x', (a) => { n += a; });
e.on('x', () => { n++; });
for (let i = 0; i < 1000000; i++) e.emit('x', 1);
if (n !== 2000000) throw new Error('lost');
