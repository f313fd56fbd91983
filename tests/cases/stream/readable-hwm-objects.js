'use strict';
// objectMode highWaterMark counts objects; push returns false at the mark.
const { Readable } = require('node:stream');

const r = new Readable({ objectMode: true, highWaterMark: 3, read() {} });
console.log('hwm', r.readableHighWaterMark, 'objectMode', r.readableObjectMode);
for (const v of [{ a: 1 }, 'str', 42, [1, 2], false]) {
  console.log('push', JSON.stringify(v), '->', r.push(v), 'length', r.readableLength);
}
console.log('read(100) gives one object:', JSON.stringify(r.read(100)));
console.log('read(0):', r.read(0));
console.log('read():', JSON.stringify(r.read()));
console.log('length', r.readableLength);
r.push(0);
r.push('');
console.log('falsy objects kept, length', r.readableLength);
console.log(r.read(), JSON.stringify(r.read()));
const r0 = new Readable({ objectMode: true, highWaterMark: 0, read() {} });
console.log('hwm0 push ->', r0.push('x'), r0.readableLength);
