// Brotli APIs exist (wqnode throws when they are used; not exercised here).
const zlib = require('node:zlib');
for (const k of ['brotliCompress', 'brotliCompressSync', 'brotliDecompress', 'brotliDecompressSync',
  'createBrotliCompress', 'createBrotliDecompress', 'BrotliCompress', 'BrotliDecompress']) {
  console.log(k, typeof zlib[k]);
}
console.log(zlib.constants.BROTLI_OPERATION_FINISH, zlib.constants.BROTLI_DEFAULT_WINDOW);
