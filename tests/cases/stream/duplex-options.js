'use strict';
// Duplex object modes and high water marks per side; readable/writable: false.
const { Duplex } = require('node:stream');

const d = new Duplex({ readableObjectMode: true, readableHighWaterMark: 5, writableHighWaterMark: 7 });
console.log('readableObjectMode', d.readableObjectMode, 'writableObjectMode', d.writableObjectMode);
console.log('hwm', d.readableHighWaterMark, d.writableHighWaterMark);
const d2 = new Duplex({ objectMode: true });
console.log('objectMode both', d2.readableObjectMode, d2.writableObjectMode, d2.readableHighWaterMark, d2.writableHighWaterMark);
const d3 = new Duplex({ highWaterMark: 3, readableHighWaterMark: 100 });
console.log('highWaterMark wins', d3.readableHighWaterMark, d3.writableHighWaterMark);
const d4 = new Duplex({ writableObjectMode: true });
console.log('writable side objects', d4.readableHighWaterMark, d4.writableHighWaterMark);
const r = new Duplex({ readable: false, write(c, e, cb) { cb(); } });
console.log('readable:false', r.readable, r.readableEnded, r.writable);
const w = new Duplex({ writable: false, read() {} });
console.log('writable:false', w.writable, w.writableEnded, w.writableFinished, w.readable);
try {
  new Duplex({ readableHighWaterMark: -5 });
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  new Duplex({ writableHighWaterMark: NaN });
} catch (e) {
  console.log(e.name, e.code, e.message);
}
w.on('error', (e) => console.log('write to writable:false ->', e.code));
w.write('x', (err) => console.log('cb', err.code));
