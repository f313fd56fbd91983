const zlib = require('node:zlib');
const r = zlib.gzipSync('info please', { info: true });
console.log(Object.keys(r).join(','), Buffer.isBuffer(r.buffer), r.engine instanceof zlib.Gzip);
console.log(r.engine.bytesWritten, r.engine._closed, r.engine.constructor.name);
const r2 = zlib.inflateSync(Buffer.from('eJxLTEoGAAJNASc=', 'base64'), { info: true });
console.log(r2.buffer.toString(), r2.engine.constructor.name, r2.engine.bytesWritten);
zlib.deflateRaw('async info', { info: true }, (err, res) => {
  console.log(err, Object.keys(res).join(','), res.engine.constructor.name, res.engine.bytesWritten);
  console.log(zlib.inflateRawSync(res.buffer).toString());
});
