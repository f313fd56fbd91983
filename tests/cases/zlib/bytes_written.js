const zlib = require('node:zlib');
const d = zlib.createDeflate();
d.on('data', () => {});
d.write(Buffer.alloc(100), () => {
  console.log('after 100', d.bytesWritten);
  d.write('hello', () => {
    console.log('after hello', d.bytesWritten);
    d.end(Buffer.alloc(1000));
  });
});
d.on('end', () => {
  console.log('end', d.bytesWritten);
  gunzipPart();
});
function gunzipPart() {
const comp = zlib.gzipSync('x'.repeat(500));
const g = zlib.createGunzip();
g.on('data', () => {});
g.on('end', () => console.log('gunzip bytesWritten', g.bytesWritten === comp.length));
g.end(comp);
}
