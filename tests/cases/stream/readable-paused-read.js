'use strict';
// Paused mode: read(n) semantics with byte streams.
const { Readable } = require('node:stream');

const r = new Readable({ read() {} });
r.push('hello');
r.push(' ');
r.push('world');
console.log('length', r.readableLength);
console.log('read(3)', String(r.read(3)));
console.log('read(4)', String(r.read(4)));
console.log('read(100) before end', r.read(100));
console.log('length', r.readableLength);
console.log('read() all', String(r.read()));
console.log('read() empty', r.read());
r.push('xyz');
r.push(null);
console.log('after EOF read(100)', String(r.read(100)));
console.log('read after drained', r.read());
r.on('end', () => console.log('end', r.readableEnded));
r.on('close', () => console.log('close'));
console.log('readable', r.readable, 'ended', r.readableEnded);
