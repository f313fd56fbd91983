const zlib = require('node:zlib');
const text = 'stream data chunk; '.repeat(200);
const gz = zlib.createGzip();
const gunzip = zlib.createGunzip();
const out = [];
gz.pipe(gunzip);
gunzip.on('data', (c) => out.push(c));
gunzip.on('end', () => {
  const s = Buffer.concat(out).toString();
  console.log('end', s === text, s.length);
  console.log('bytesWritten', gz.bytesWritten, gunzip.bytesWritten > 0);
});
gunzip.on('close', () => console.log('gunzip close', gunzip.destroyed, gunzip._closed));
gz.on('finish', () => console.log('gz finish'));
gz.on('end', () => console.log('gz end'));
gz.on('close', () => console.log('gz close', gz._closed));
for (let i = 0; i < text.length; i += 500) gz.write(text.slice(i, i + 500));
gz.end();
console.log('sync', gz.writable, gz.readable, gz instanceof require('node:stream').Transform);
