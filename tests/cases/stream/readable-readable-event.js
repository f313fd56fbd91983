'use strict';
// The 'readable' event: when it fires and read() loop inside.
const { Readable } = require('node:stream');

let n = 0;
const r = new Readable({
  highWaterMark: 4,
  read(size) {
    n++;
    console.log('_read', size, 'call', n);
    if (n <= 3) this.push('x'.repeat(n * 2));
    else this.push(null);
  },
});
r.on('readable', () => {
  console.log('readable: length', r.readableLength, 'flowing', r.readableFlowing);
  let c;
  while ((c = r.read()) !== null) console.log('  chunk', String(c));
});
r.on('end', () => console.log('end'));
r.on('close', () => console.log('close'));
console.log('sync done', r.readableFlowing);
