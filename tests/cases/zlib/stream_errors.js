const zlib = require('node:zlib');
const events = [];
const g = zlib.createGunzip();
g.on('error', (e) => {
  console.log('error', e.name, e.code, e.errno, e.message, Object.keys(e).join(','));
});
g.on('close', () => console.log('close', g.destroyed, g._closed));
g.on('end', () => console.log('end (unexpected)'));
g.write(Buffer.from('this is not gzip'));
g.end();
const inf = zlib.createInflate();
inf.on('error', (e) => console.log('inflate error', e.code, e.message));
inf.on('data', (c) => events.push(c.toString()));
inf.on('close', () => console.log('inflate close', events.join('')));
const d = zlib.deflateSync('hello world');
inf.write(d.subarray(0, 5));
inf.end();
// destroy mid-stream
const gz = zlib.createGzip();
gz.on('close', () => console.log('destroyed close', gz.destroyed));
gz.on('error', (e) => console.log('destroy error', e.message));
gz.write('abc');
gz.destroy(new Error('boom'));
