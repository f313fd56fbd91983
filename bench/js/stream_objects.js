// 1M objects through an objectMode pipeline.
const { Readable, Transform, Writable, pipeline } = require('stream');
let i = 0;
let seen = 0;
pipeline(
  new Readable({ objectMode: true, read() { this.push(i < 1e6 ? { i: i++ } : null); } }),
  new Transform({ objectMode: true, transform(o, e, cb) { cb(null, o.i); } }),
  new Writable({ objectMode: true, write(o, e, cb) { seen++; cb(); } }),
  (err) => { if (err || seen !== 1e6) throw err || new Error('short'); });
