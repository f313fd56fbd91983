const zlib = require('node:zlib');
const text = 'The quick brown fox jumps over the lazy dog. '.repeat(50);
const pairs = [
  ['deflateSync', 'inflateSync'],
  ['gzipSync', 'gunzipSync'],
  ['deflateRawSync', 'inflateRawSync'],
  ['deflateSync', 'unzipSync'],
  ['gzipSync', 'unzipSync'],
];
for (const [c, d] of pairs) {
  for (const level of [undefined, 0, 1, 6, 9, -1]) {
    const comp = zlib[c](text, level === undefined ? undefined : { level });
    const out = zlib[d](comp);
    console.log(c, d, level, Buffer.isBuffer(comp), comp.length < text.length || level === 0, out.toString() === text);
  }
}
// empty input
for (const [c, d] of pairs) {
  const out = zlib[d](zlib[c](''));
  console.log('empty', c, d, out.length, Buffer.isBuffer(out));
}
// binary data with every byte value
const bin = Buffer.alloc(70000);
for (let i = 0; i < bin.length; i++) bin[i] = (i * 31 + (i >> 8)) & 0xff;
for (const [c, d] of pairs) {
  console.log('binary', c, d, zlib[d](zlib[c](bin)).equals(bin));
}
