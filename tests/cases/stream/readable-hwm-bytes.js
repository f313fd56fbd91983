'use strict';
// push() return value against highWaterMark in bytes; maybeReadMore fill.
const { Readable } = require('node:stream');

let calls = 0;
const r = new Readable({
  highWaterMark: 10,
  read(size) {
    calls++;
    const ok = this.push('abc');
    console.log('_read', size, 'push ->', ok, 'length', this.readableLength);
    if (calls > 10) this.push(null);
  },
});
console.log('hwm', r.readableHighWaterMark);
setImmediate(() => {
  console.log('after fill: calls', calls, 'length', r.readableLength);
  const c = r.read(5);
  console.log('read(5)', String(c), 'length', r.readableLength);
  setImmediate(() => {
    console.log('calls', calls, 'length', r.readableLength);
    const big = r.read(20);
    console.log('read(20) ->', big, 'hwm now', r.readableHighWaterMark);
    setImmediate(() => {
      console.log('calls', calls, 'length', r.readableLength);
    });
  });
});
