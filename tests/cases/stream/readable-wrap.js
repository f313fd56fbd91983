'use strict';
// Readable.prototype.wrap over an old-style emitter stream.
const { Readable } = require('node:stream');
const EventEmitter = require('node:events');

const old = new EventEmitter();
let paused = 0;
let resumed = 0;
old.pause = () => { paused++; };
old.resume = () => { resumed++; };
old.custom = function() { return 'custom called'; };
const r = new Readable({ highWaterMark: 2, objectMode: true }).wrap(old);
console.log('proxied method', typeof r.custom === 'function' ? r.custom() : 'missing');
const got = [];
r.on('end', () => {
  console.log('got', got.join(','), 'paused', paused, 'resumed', resumed);
  const old2 = new EventEmitter();
  const r2 = Readable.wrap ? new Readable({ objectMode: true }).wrap(old2) : null;
  r2.on('error', (e) => console.log('wrapped error', e.message));
  r2.on('close', () => console.log('wrapped close'));
  old2.emit('error', new Error('old failed'));
});
old.emit('data', 1);
old.emit('data', 2);
old.emit('data', 3);
console.log('buffered', r.readableLength, 'paused', paused);
r.on('data', (d) => got.push(d));
setImmediate(() => {
  old.emit('data', 4);
  old.emit('end');
});
