'use strict';
// read(n) larger than highWaterMark raises it to the next power of two.
const { Readable } = require('node:stream');

const r = new Readable({ highWaterMark: 4, read() {} });
console.log('hwm', r.readableHighWaterMark);
r.push('abc');
console.log('read(5) ->', r.read(5), 'hwm', r.readableHighWaterMark);
console.log('read(100) ->', r.read(100), 'hwm', r.readableHighWaterMark);
console.log('read(128) ->', r.read(128), 'hwm', r.readableHighWaterMark);
console.log('read("2") ->', String(r.read('2')));
console.log('read(1.9) ->', String(r.read(1.9)));
try {
  r.read(2 ** 30 + 1);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
console.log('read(2**30) ok', r.read(2 ** 30), r.readableHighWaterMark);
const o = new Readable({ objectMode: true, highWaterMark: 2, read() {} });
o.push('a');
o.read(10);
console.log('objectMode hwm after read(10)', o.readableHighWaterMark);
