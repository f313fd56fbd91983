const zlib = require('node:zlib');
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r.length, JSON.stringify(r.toString()));
  } catch (e) {
    console.log(label, e.name, e.code, e.errno, e.message, Object.keys(e).join(','));
  }
}
const g = zlib.gzipSync('hello hello hello hello');
const d = zlib.deflateSync('hello hello hello hello');
t('inflate text', () => zlib.inflateSync(Buffer.from('hello world')));
t('gunzip text', () => zlib.gunzipSync(Buffer.from('hello world')));
t('unzip text', () => zlib.unzipSync(Buffer.from('hello world')));
t('inflateRaw text', () => zlib.inflateRawSync(Buffer.from('hello world')));
t('inflateRaw bytes', () => zlib.inflateRawSync(Buffer.from([0, 1, 2, 3, 4])));
t('inflateRaw type3', () => zlib.inflateRawSync(Buffer.from([0x07])));
t('inflateRaw ff', () => zlib.inflateRawSync(Buffer.from([0xff, 0xff, 0xff, 0xff])));
t('inflateRaw toomany', () => zlib.inflateRawSync(Buffer.from([0x05, 0xff, 0xff, 0xff, 0xff])));
t('inflate of gzip', () => zlib.inflateSync(g));
t('gunzip of deflate', () => zlib.gunzipSync(d));
t('inflateRaw of deflate', () => zlib.inflateRawSync(d));
t('zlib bad check', () => zlib.inflateSync(Buffer.from([0x78, 0x9d])));
t('zlib window', () => zlib.inflateSync(Buffer.from([0x88, 0x98])));
t('zlib method', () => zlib.inflateSync(Buffer.from([0x77, 0x85])));
t('zlib need dict', () => zlib.inflateSync(Buffer.from([0x78, 0xbb, 0, 0, 0, 1])));
t('gzip method', () => zlib.gunzipSync(Buffer.from([0x1f, 0x8b, 7, 0, 0, 0, 0, 0, 0, 3])));
t('gzip flags', () => zlib.gunzipSync(Buffer.from([0x1f, 0x8b, 8, 0xe0, 0, 0, 0, 0, 0, 3])));
const bad1 = Buffer.from(g); bad1[bad1.length - 5] ^= 1;
t('gzip crc', () => zlib.gunzipSync(bad1));
const bad2 = Buffer.from(g); bad2[bad2.length - 2] ^= 1;
t('gzip length', () => zlib.gunzipSync(bad2));
const bad3 = Buffer.from(d); bad3[bad3.length - 2] ^= 1;
t('adler', () => zlib.inflateSync(bad3));
