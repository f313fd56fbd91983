'use strict';
// Writable state getters across the lifecycle.
const { Writable } = require('node:stream');

let pending;
const w = new Writable({
  highWaterMark: 4,
  write(c, e, cb) { pending = cb; },
});
const show = (tag) => console.log(tag, JSON.stringify({
  writable: w.writable,
  length: w.writableLength,
  needDrain: w.writableNeedDrain,
  corked: w.writableCorked,
  ended: w.writableEnded,
  finished: w.writableFinished,
  hwm: w.writableHighWaterMark,
  objectMode: w.writableObjectMode,
  buffer: w.writableBuffer.length,
  destroyed: w.destroyed,
  closed: w.closed,
  aborted: w.writableAborted,
  errored: w.errored,
}));
show('initial');
w.write('abc');
show('one write in flight');
w.write('de');
show('over hwm');
w.cork();
show('corked');
w.uncork();
w.end();
show('ending');
pending();
setImmediate(() => {
  show('second write in flight');
  pending();
  w.on('close', () => show('closed'));
});
