'use strict';
// The legacy Stream class (EventEmitter with pipe).
const Stream = require('node:stream');
const EventEmitter = require('node:events');

console.log('Stream === Stream.Stream', Stream === Stream.Stream);
const s = new Stream();
console.log('is EventEmitter', s instanceof EventEmitter, typeof s.pipe);
console.log('Readable instanceof Stream', new Stream.Readable() instanceof Stream);

const src = new Stream();
src.readable = true;
const dst = new Stream();
dst.writable = true;
const got = [];
let paused = 0;
let resumed = 0;
src.pause = () => { paused++; };
src.resume = () => { resumed++; };
let full = false;
dst.write = (c) => { got.push(c); return !full; };
dst.end = () => got.push('END');
dst.on('pipe', (from) => console.log('pipe event', from === src));
console.log('pipe returns dest', src.pipe(dst) === dst);
src.emit('data', 'a');
full = true;
src.emit('data', 'b');
full = false;
dst.emit('drain');
src.emit('end');
src.emit('data', 'after-end');
console.log(got.join(','), 'paused', paused, 'resumed', resumed);

const s2 = new Stream();
const d2 = new Stream();
d2.writable = true;
d2.write = () => true;
d2.destroy = () => console.log('dest destroyed on close');
s2.pipe(d2);
s2.emit('close');
const s3 = new Stream();
const d3 = new Stream();
d3.write = () => true;
s3.pipe(d3);
d3.on('error', (e) => console.log('d3 error handled', e.message));
try {
  s3.emit('error', new Error('no listener left'));
} catch (e) {
  console.log('rethrown by legacy pipe:', e.message);
}
