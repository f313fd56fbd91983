'use strict';
// A stream's _handle is an object with close() (tar's minizlib replaces
// it around _processChunk), output past maxOutputLength is Node's
// RangeError, and a high-ratio stream inflates in pieces.
const zlib = require('zlib');

const g = zlib.createGunzip();
console.log(typeof g._handle, typeof g._handle.close);
g.close();
console.log('closed', g._handle);

// minizlib's synchronous write: close made a no-op for the call.
const input = zlib.deflateSync(Buffer.from('hello minizlib'));
const z = new zlib.Inflate();
const native = z._handle;
const orig = native.close;
native.close = () => {};
const out = z._processChunk(input, zlib.constants.Z_FINISH);
z._handle = native;
native.close = orig;
console.log(String(out), z._handle === native);
z.close();

// maxOutputLength
const big = zlib.gzipSync(Buffer.alloc(100000));
for (const f of [() => zlib.gunzipSync(big, { maxOutputLength: 1000 }),
  () => zlib.inflateSync(zlib.deflateSync(Buffer.alloc(5000, 'a')), { maxOutputLength: 4999 })]) {
  try {
    f();
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
zlib.gunzip(big, { maxOutputLength: 1000 }, (e) => console.log('async', e && e.name, e && e.code, e && e.message));

// A 64 MiB stream of zeros from 64 KiB of input: counted as it comes.
const bomb = zlib.gzipSync(Buffer.alloc(64 << 20));
let n = 0;
let pieces = 0;
const s = zlib.createGunzip();
s.on('data', (d) => { n += d.length; pieces++; });
s.on('end', () => console.log('stream', n, pieces > 1, bomb.length < 100000));
s.end(bomb);

// Bad data: Node's zlib error, sync and async.
try { zlib.inflateSync(Buffer.from('not zlib')); } catch (e) { console.log(e.code, e.errno, e.message); }
zlib.inflate(Buffer.from('not zlib'), (e) => console.log('async', e.code, e.errno, e.message));
