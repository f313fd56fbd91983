const zlib = require('node:zlib');
const text = 'callback form data '.repeat(30);
const pairs = [['deflate', 'inflate'], ['gzip', 'gunzip'], ['deflateRaw', 'inflateRaw'], ['gzip', 'unzip']];
let chain = Promise.resolve();
for (const [c, d] of pairs) {
  chain = chain.then(() => new Promise((resolve) => {
    let sync = true;
    zlib[c](text, (err, comp) => {
      console.log(c, 'err', err, 'async', !sync, Buffer.isBuffer(comp));
      zlib[d](comp, { chunkSize: 128 }, (err2, out) => {
        console.log(d, 'err', err2, out.toString() === text);
        resolve();
      });
    });
    sync = false;
  }));
}
chain.then(() => {
  zlib.inflate(Buffer.from('not compressed'), (err, res) => {
    console.log('bad', err.name, err.code, err.errno, err.message, res);
  });
  try {
    zlib.deflate('x');
  } catch (e) {
    console.log(e.code, e.message);
  }
  try {
    zlib.deflate('x', {}, 'nope');
  } catch (e) {
    console.log(e.code, e.message);
  }
  try {
    zlib.gzip(42, () => {});
  } catch (e) {
    console.log(e.code, e.message);
  }
  try {
    zlib.gzip('x', { level: 99 }, () => {});
  } catch (e) {
    console.log(e.code, e.message);
  }
});
