const zlib = require('node:zlib');
console.log(typeof zlib.crc32);
console.log(zlib.crc32(''), zlib.crc32('hello'), zlib.crc32('héllo wörld'));
console.log(zlib.crc32(Buffer.from('hello world')), zlib.crc32('world', zlib.crc32('hello ')));
console.log(zlib.crc32(new Uint16Array([1, 2, 3])), zlib.crc32(new DataView(new ArrayBuffer(4))));
console.log(zlib.crc32('abc', 0), zlib.crc32('abc', 4294967295), zlib.crc32(Buffer.alloc(100000, 7)));
for (const [d, v] of [[5, 0], [null, 0], [new ArrayBuffer(2), 0], ['a', 'b'], ['a', -1], ['a', 2 ** 32], ['a', 1.5]]) {
  try {
    console.log(zlib.crc32(d, v));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
