const zlib = require('node:zlib');
const big = zlib.deflateSync('z'.repeat(10000));
for (const m of [1, 100, 9999, 10000, 10001]) {
  try {
    console.log(m, zlib.inflateSync(big, { maxOutputLength: m }).length);
  } catch (e) {
    console.log(m, e.name, e.code, e.message);
  }
}
try {
  zlib.gzipSync('x'.repeat(1000), { maxOutputLength: 5 });
} catch (e) {
  console.log('gzip', e.name, e.code, e.message);
}
zlib.inflate(big, { maxOutputLength: 50 }, (err, res) => {
  console.log('async', err.name, err.code, err.message, res);
  zlib.inflate(big, { maxOutputLength: 20000 }, (err2, res2) => {
    console.log('async ok', err2, res2.length);
  });
});
