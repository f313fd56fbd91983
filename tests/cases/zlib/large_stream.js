// A few megabytes of deterministic data through streaming gzip and back.
const zlib = require('node:zlib');
const { pipeline, Readable, Writable } = require('node:stream');
let seed = 12345;
function rand() {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed;
}
const words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta'];
let produced = 0;
const TOTAL = 4 * 1024 * 1024;
let crcIn = 0;
const src = new Readable({
  read() {
    if (produced >= TOTAL) return this.push(null);
    const parts = [];
    for (let i = 0; i < 2000; i++) parts.push(words[rand() % 8] + (rand() % 100));
    const b = Buffer.from(parts.join(' '));
    produced += b.length;
    crcIn = zlib.crc32(b, crcIn);
    this.push(b);
  },
});
let crcOut = 0;
let n = 0;
const sink = new Writable({
  write(c, e, cb) {
    crcOut = zlib.crc32(c, crcOut);
    n += c.length;
    cb();
  },
});
let compressed = 0;
const gz = zlib.createGzip();
gz.on('data', (c) => { compressed += c.length; });
pipeline(src, gz, zlib.createGunzip(), sink, (err) => {
  console.log(err, n === produced, crcIn === crcOut, compressed < produced / 2);
});
