// brotli: sync, async and streaming round trips, parameters, flush, and
// the errors of bad parameters and bad input.
const zlib = require('zlib');
const c = zlib.constants;

const text = 'brotli brotli brotli '.repeat(500);
for (const params of [{}, { [c.BROTLI_PARAM_QUALITY]: 4 }, { [c.BROTLI_PARAM_QUALITY]: 100 },
  { [c.BROTLI_PARAM_LGWIN]: 5 }, { [c.BROTLI_PARAM_MODE]: c.BROTLI_MODE_TEXT, [c.BROTLI_PARAM_SIZE_HINT]: text.length }]) {
  const out = zlib.brotliDecompressSync(zlib.brotliCompressSync(text, { params })).toString();
  console.log('sync', JSON.stringify(params), out === text);
}
for (const params of [{ 1000: 1 }, { 0: 0, '00': 0 }, { [c.BROTLI_PARAM_QUALITY]: 'x' },
  { [c.BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING]: 42 }]) {
  try {
    zlib.createBrotliCompress({ params });
    console.log('accepted', JSON.stringify(params));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
try { new zlib.BrotliDecompress({ params: { 5: 1 } }); } catch (e) { console.log('decoder', e.code); }
try { zlib.brotliCompressSync('', { flush: c.Z_FINISH }); } catch (e) { console.log(e.code, e.message); }
for (const bad of [Buffer.from('garbage'), zlib.brotliCompressSync('abc').subarray(0, 3)]) {
  try { zlib.brotliDecompressSync(bad); } catch (e) { console.log(e.code, e.errno, e.message); }
}
try {
  zlib.brotliDecompressSync(zlib.brotliCompressSync(Buffer.alloc(1 << 20)), { maxOutputLength: 1000 });
} catch (e) { console.log(e.code, e.name); }
console.log(zlib.BrotliCompress() instanceof zlib.BrotliCompress, typeof zlib.createBrotliDecompress);

zlib.brotliCompress(text, (err, comp) => {
  zlib.brotliDecompress(comp, (err2, out) => {
    console.log('async', err, err2, out.toString() === text);
    zlib.brotliDecompress(Buffer.from([1, 2, 3, 4, 5, 6, 7]), (e) => {
      console.log('async error', e.code, e.errno);
      const enc = zlib.createBrotliCompress();
      const dec = zlib.createBrotliDecompress();
      const parts = [];
      enc.pipe(dec).on('data', (d) => parts.push(d)).on('end', () => {
        console.log('stream', Buffer.concat(parts).toString());
      });
      enc.write('part one, ');
      enc.flush(() => {
        console.log('flushed');
        enc.end('part two');
      });
    });
  });
});
