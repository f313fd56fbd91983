'use strict';
// getDefaultHighWaterMark / setDefaultHighWaterMark.
const stream = require('node:stream');

console.log('defaults', stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
stream.setDefaultHighWaterMark(false, 1024);
stream.setDefaultHighWaterMark(true, 4);
console.log('changed', stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
console.log('new streams use it', new stream.Readable().readableHighWaterMark,
  new stream.Writable({ objectMode: true }).writableHighWaterMark,
  new stream.Duplex({ readableObjectMode: true }).readableHighWaterMark);
for (const v of [-1, 1.5, 'x', NaN]) {
  try {
    stream.setDefaultHighWaterMark(false, v);
    console.log(v, 'accepted');
  } catch (e) {
    console.log(String(v), e.name, e.code, e.message);
  }
}
stream.setDefaultHighWaterMark(false, 16384);
stream.setDefaultHighWaterMark(true, 16);
console.log('restored', stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
console.log('explicit 0 ok', new stream.Readable({ highWaterMark: 0 }).readableHighWaterMark);
console.log('big hwm', new stream.Writable({ highWaterMark: 2 ** 31 }).writableHighWaterMark);
