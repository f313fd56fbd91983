'use strict';
// write() returns false at highWaterMark; 'drain' count with async _write.
const { Writable } = require('node:stream');

let drains = 0;
const written = [];
const w = new Writable({
  highWaterMark: 5,
  write(chunk, enc, cb) {
    written.push(String(chunk));
    setImmediate(cb);
  },
});
w.on('drain', () => {
  drains++;
  console.log('drain', drains, 'length', w.writableLength, 'needDrain', w.writableNeedDrain);
  pump();
});
let i = 0;
function pump() {
  while (i < 12) {
    const ok = w.write(`ab${i % 10}`);
    console.log('write', i, '->', ok, 'length', w.writableLength, 'needDrain', w.writableNeedDrain);
    i++;
    if (!ok) return;
  }
  w.end(() => console.log('end cb, drains', drains, 'written', written.join(',')));
}
w.on('finish', () => console.log('finish', w.writableFinished));
w.on('close', () => console.log('close'));
pump();
