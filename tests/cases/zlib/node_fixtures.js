// Decompress data produced by node's own zlib.
const zlib = require('node:zlib');
const text = 'The quick brown fox jumps over the lazy dog. '.repeat(20) + 'END';
const fx = {
  gz1: 'H4sIAAAAAAAEAwvJSFUoLM1MzlZIKsovz1NIy69QyCrNLShWyC9LLVIoyUhVyEmsqlRIyU/XUwgZVTwaGqNpg9o5xdXPBQB7vnOVhwMAAA==',
  gz9: 'H4sIAAAAAAACAwvJSFUoLM1MzlZIKsovz1NIy69QyCrNLShWyC9LLVIoyUhVyEmsqlRIyU/XUwgZVTyqeFQxtRW7+rkAAHu+c5WHAwAA',
  df: 'eJwLyUhVKCzNTM5WSCrKL89TSMuvUMgqzS0oVsgvSy1SKMlIVchJrKpUSMlP11MIGVU8qnhUMbUVu/q5AAASt0Pz',
  w9: 'GJULyUhVKCzNTM5WSCrKL89TSMuvUMgqzS0oVsgvSy1SKMlIVchJrKpUSMlP11MIGVU8qnhUMbUVu/q5AAASt0Pz',
};
const b = (k) => Buffer.from(fx[k], 'base64');
console.log(zlib.gunzipSync(b('gz1')).toString() === text);
console.log(zlib.gunzipSync(b('gz9')).toString() === text);
console.log(zlib.unzipSync(b('gz9')).toString() === text);
console.log(zlib.inflateSync(b('df')).toString() === text);
console.log(zlib.unzipSync(b('df')).toString() === text);
console.log(zlib.inflateSync(b('w9')).toString() === text);
console.log(zlib.inflateRawSync(b('df').subarray(2, -4)).toString() === text);
console.log(zlib.inflateRawSync(b('gz1').subarray(10, -8)).toString() === text);
const stored = Buffer.from('eAEBEADv/3N0b3JlZCBkYXRhIGhlcmU05gYQ', 'base64');
console.log(zlib.inflateSync(stored).toString());
console.log(zlib.inflateRawSync(stored.subarray(2)).toString());
// windowBits too small for the stream's header
try {
  zlib.inflateSync(b('df'), { windowBits: 9 });
} catch (e) {
  console.log(e.code, e.errno, e.message);
}
console.log(zlib.inflateSync(b('w9'), { windowBits: 9 }).length);
console.log(zlib.inflateSync(b('df'), { windowBits: 0 }).length);
