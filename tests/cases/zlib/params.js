const zlib = require('node:zlib');
const d = zlib.createDeflate({ level: 1 });
const parts = [];
d.on('data', (c) => parts.push(c));
d.on('end', () => {
  const out = zlib.inflateSync(Buffer.concat(parts)).toString();
  console.log('roundtrip', out.length, out.startsWith('aaaa'), out.endsWith('bbbb'));
  console.log('level/strategy', d._level, d._strategy);
});
d.write('a'.repeat(5000));
d.params(9, zlib.constants.Z_DEFAULT_STRATEGY, (err) => {
  console.log('params cb', err, d._level);
  d.params(9, 0, () => {
    console.log('same params cb');
    d.write('b'.repeat(5000));
    d.end();
  });
});
for (const [l, s] of [[10, 0], [1, 9], ['x', 0]]) {
  try {
    d.params(l, s);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(typeof zlib.Inflate.prototype.params, typeof zlib.Gzip.prototype.params);
