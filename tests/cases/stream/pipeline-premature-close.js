'use strict';
// pipeline(): a stream destroyed without error -> ERR_STREAM_PREMATURE_CLOSE.
const { pipeline, Readable, Writable, PassThrough } = require('node:stream');

const src = new Readable({ read() {} });
const pt = new PassThrough();
const sink = new Writable({ write(c, e, cb) { cb(); } });
pipeline(src, pt, sink, (err) => {
  console.log('1:', err.name, err.code, err.message);
  const src2 = new Readable({ read() {} });
  const sink2 = new Writable({ write(c, e, cb) { cb(); } });
  pipeline(src2, sink2, (err2) => {
    console.log('2:', err2.name, err2.code, err2.message);
    const src3 = new Readable({ read() {} });
    const sink3 = new Writable({ write(c, e, cb) { cb(); } });
    pipeline(src3, sink3, (err3) => {
      console.log('3:', err3 && err3.message);
    });
    src3.destroy(new Error('explicit'));
  });
  sink2.destroy();
});
src.push('x');
setImmediate(() => pt.destroy());
