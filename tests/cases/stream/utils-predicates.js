'use strict';
// isReadable / isWritable / isErrored / isDisturbed / isDestroyed.
const stream = require('node:stream');
const { Readable, Writable, PassThrough } = stream;

const r = new Readable({ read() {} });
const w = new Writable({ write(c, e, cb) { cb(); } });
console.log('fresh', stream.isReadable(r), stream.isWritable(w), stream.isErrored(r), stream.isDisturbed(r), stream.isDestroyed(r));
console.log('cross', stream.isReadable(w), stream.isWritable(r));
console.log('non-streams', stream.isReadable({}), stream.isWritable(null), stream.isErrored({}), stream.isDisturbed({}), stream.isDestroyed({}));
r.push('x');
r.read();
console.log('after read: disturbed', stream.isDisturbed(r), r.readableDidRead);
const e = new PassThrough();
e.on('error', () => {});
e.destroy(new Error('bad'));
console.log('destroyed with error', stream.isErrored(e), stream.isReadable(e), stream.isWritable(e), stream.isDestroyed(e));
setImmediate(() => {
  console.log('after error emitted', stream.isErrored(e));
  w.end();
  console.log('ended writable', stream.isWritable(w));
  const a = new Readable({ read() {} });
  a.destroy();
  console.log('aborted readable disturbed', stream.isDisturbed(a), a.readableAborted);
  console.log('destroy helper', typeof stream.destroy);
  const p = new PassThrough();
  p.on('error', (err) => console.log('destroy(stream, err) ->', err.message));
  stream.destroy(p, new Error('via helper'));
});
