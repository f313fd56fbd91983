const zlib = require('node:zlib');
const inputs = [
  ['gzip', zlib.gzipSync('auto gzip')],
  ['zlib', zlib.deflateSync('auto zlib')],
  ['two gzip', Buffer.concat([zlib.gzipSync('A;'), zlib.gzipSync('B;')])],
];
let i = 0;
function next() {
  if (i >= inputs.length) return;
  const [label, buf] = inputs[i++];
  const u = zlib.createUnzip();
  let s = '';
  u.on('data', (c) => { s += c; });
  u.on('end', () => { console.log(label, s); next(); });
  u.on('error', (e) => { console.log(label, 'error', e.message); next(); });
  // one byte at a time
  for (const b of buf) u.write(Buffer.from([b]));
  u.end();
}
next();
