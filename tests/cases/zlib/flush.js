const zlib = require('node:zlib');
const deflate = zlib.createDeflate();
const inflate = zlib.createInflate();
deflate.pipe(inflate);
const got = [];
inflate.on('data', (c) => got.push(c.toString()));
deflate.write('first part;');
deflate.flush(() => {
  setTimeout(() => {
    console.log('after flush 1:', got.join(''));
    deflate.write('second part;');
    deflate.flush(zlib.constants.Z_SYNC_FLUSH, () => {
      setTimeout(() => {
        console.log('after flush 2:', got.join(''));
        deflate.end('third part;');
      }, 20);
    });
  }, 20);
});
inflate.on('end', () => {
  console.log('end:', got.join(''));
  deflate.flush(() => console.log('flush after finish calls back'));
});
// flush on gzip with no data written
const gz = zlib.createGzip();
const bufs = [];
gz.on('data', (c) => bufs.push(c));
gz.flush(() => {
  gz.end();
});
gz.on('end', () => console.log('gzip roundtrip', zlib.gunzipSync(Buffer.concat(bufs)).length));
