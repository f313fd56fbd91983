'use strict';
// pipe(dest, { end: false }) keeps the destination open.
const { Readable, PassThrough } = require('node:stream');

const out = new PassThrough();
const chunks = [];
out.on('data', (d) => chunks.push(String(d)));
out.on('end', () => console.log('out end', chunks.join('|')));
const first = Readable.from(['1', '2']);
first.pipe(out, { end: false });
first.on('end', () => {
  console.log('first end; out writable', out.writable);
  const second = Readable.from(['3', '4']);
  second.pipe(out);
  second.on('end', () => console.log('second end'));
});
