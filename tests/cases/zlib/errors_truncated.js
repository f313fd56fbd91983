const zlib = require('node:zlib');
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r.length);
  } catch (e) {
    console.log(label, e.name, e.code, e.errno, e.message);
  }
}
const text = 'truncate me please, truncate me please, truncate me please';
const g = zlib.gzipSync(text);
const d = zlib.deflateSync(text);
const r = zlib.deflateRawSync(text);
for (const name of ['inflateSync', 'gunzipSync', 'unzipSync', 'inflateRawSync']) {
  t('empty ' + name, () => zlib[name](Buffer.alloc(0)));
}
for (const n of [1, 2, 5, 10, 12]) t('gzip first ' + n, () => zlib.gunzipSync(g.subarray(0, n)));
for (const n of [1, 3, 8]) t('gzip minus ' + n, () => zlib.gunzipSync(g.subarray(0, g.length - n)));
for (const n of [1, 2, 4]) t('deflate minus ' + n, () => zlib.inflateSync(d.subarray(0, d.length - n)));
t('deflate first 1', () => zlib.inflateSync(d.subarray(0, 1)));
t('raw minus 1', () => zlib.inflateRawSync(r.subarray(0, r.length - 1)));
t('raw abc', () => zlib.inflateRawSync(Buffer.from('abc')));
// async and stream report the same
zlib.gunzip(g.subarray(0, 15), (err, res) => {
  console.log('async', err.code, err.errno, err.message, res);
  const s = zlib.createInflate();
  s.on('error', (e) => console.log('stream', e.code, e.errno, e.message));
  s.on('data', () => {});
  s.end(d.subarray(0, d.length - 3));
});
