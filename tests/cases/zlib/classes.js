const zlib = require('node:zlib');
const { Transform } = require('node:stream');
for (const name of ['Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw', 'Unzip']) {
  const C = zlib[name];
  const a = new C();
  const b = C();
  const c = zlib['create' + name]();
  console.log(name, C.length, a instanceof C, b instanceof C, c instanceof C, a instanceof Transform,
              typeof a.params, typeof a.flush, typeof a.close, typeof a.reset, a.bytesWritten);
  a.close(); b.close(); c.close();
}
const d = zlib.createDeflate({ chunkSize: 1024, level: 3, strategy: 1 });
console.log(d._chunkSize, d._level, d._strategy, d._defaultFlushFlag, d._finishFlushFlag, d._defaultFullFlushFlag,
            d._maxOutputLength, d._closed);
console.log(d.readableHighWaterMark, d.writableHighWaterMark, d.readableObjectMode, d.writableObjectMode);
const p = Object.getPrototypeOf(zlib.Deflate.prototype);
console.log(typeof p.params, Object.getPrototypeOf(p) !== Transform.prototype, Object.getPrototypeOf(Object.getPrototypeOf(p)) === Transform.prototype);
d.close(() => console.log('close cb', d._closed, d.destroyed));
const e = zlib.createGzip({ flush: zlib.constants.Z_SYNC_FLUSH });
console.log(e._defaultFlushFlag);
e.destroy();
console.log(typeof zlib.BrotliCompress, typeof zlib.brotliCompressSync, typeof zlib.createBrotliDecompress);
