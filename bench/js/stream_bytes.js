// 1 GiB through Readable → Transform (pass-through) → Writable in 64 KiB chunks.
const { Readable, Transform, Writable, pipeline } = require('stream');
const chunk = Buffer.alloc(64 * 1024, 1);
let left = 16384;
let seen = 0;
pipeline(
  new Readable({ read() { this.push(left-- > 0 ? chunk : null); } }),
  new Transform({ transform(c, e, cb) { cb(null, c); } }),
  new Writable({ write(c, e, cb) { seen += c.length; cb(); } }),
  (err) => { if (err || seen !== 1 << 30) throw err || new Error('short'); });
