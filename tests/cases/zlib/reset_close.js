const zlib = require('node:zlib');
const inf = zlib.createInflate();
const out = [];
inf.on('data', (c) => out.push(c.toString()));
inf.write(zlib.deflateSync('first stream').subarray(0, 6), () => {
  inf.reset();
  inf.end(zlib.deflateSync('second stream'));
});
inf.on('end', () => console.log('after reset:', out.join('')));
inf.on('error', (e) => console.log('error', e.message));
const g = zlib.createGzip();
g.close(() => {
  console.log('closed', g._closed, g.destroyed, g.writable);
});
console.log('closed sync', g._closed);
const u = zlib.createUnzip();
u.on('close', () => console.log('unzip close event'));
u.close();
