'use strict';
// A transform whose readable side is not consumed stops calling _transform.
const { Transform } = require('node:stream');

let transforms = 0;
const t = new Transform({
  highWaterMark: 2,
  objectMode: true,
  transform(chunk, enc, cb) {
    transforms++;
    cb(null, chunk);
  },
});
const results = [];
for (let i = 0; i < 8; i++) results.push(t.write(i));
console.log('write results', results.join(','));
setImmediate(() => {
  console.log('transforms', transforms, 'readableLength', t.readableLength, 'writableLength', t.writableLength);
  const got = [];
  t.on('data', (d) => got.push(d));
  t.on('end', () => console.log('got', got.join(','), 'transforms', transforms));
  t.end();
});
t.on('drain', () => console.log('drain'));
