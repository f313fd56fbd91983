// Header bytes are the same as zlib's even though the deflate data differs.
const zlib = require('node:zlib');
for (const level of [-1, 0, 1, 2, 5, 6, 7, 9]) {
  const d = zlib.deflateSync('header test', { level });
  const g = zlib.gzipSync('header test', { level });
  console.log(level, d.subarray(0, 2).toString('hex'), g.subarray(0, 10).toString('hex'));
}
const h = zlib.deflateSync('x', { strategy: zlib.constants.Z_HUFFMAN_ONLY });
console.log('huffman', h.subarray(0, 2).toString('hex'), zlib.inflateSync(h).toString());
const g = zlib.gzipSync('trailer check');
console.log('trailer', g.readUInt32LE(g.length - 8) === zlib.crc32('trailer check'), g.readUInt32LE(g.length - 4));
const d = zlib.deflateSync('trailer check');
console.log('adler', d.readUInt32BE(d.length - 4).toString(16));
for (const s of [0, 1, 3, 4]) {
  console.log('strategy', s, zlib.inflateSync(zlib.deflateSync('strategies '.repeat(20), { strategy: s })).length);
}
console.log(zlib.deflateRawSync('').length > 0, zlib.gzipSync('').length, zlib.deflateSync('').subarray(-4).toString('hex'));
