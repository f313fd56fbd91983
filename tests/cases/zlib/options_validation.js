const zlib = require('node:zlib');
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', Buffer.isBuffer(r) ? zlib.unzipSync(r).toString() : typeof r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
const opts = [
  { level: 10 }, { level: -2 }, { level: 'a' }, { level: Infinity }, { level: NaN }, { level: 3.5 },
  { windowBits: 7 }, { windowBits: 16 }, { windowBits: 8 }, { windowBits: 0 }, { windowBits: '9' },
  { memLevel: 0 }, { memLevel: 10 }, { memLevel: 1 },
  { strategy: 5 }, { strategy: -1 }, { strategy: 4 },
  { chunkSize: 10 }, { chunkSize: 64 }, { chunkSize: NaN }, { chunkSize: '1' }, { chunkSize: Infinity },
  { flush: 9 }, { finishFlush: 9 }, { flush: -1 }, { flush: zlib.constants.Z_SYNC_FLUSH },
  { dictionary: 'abc' }, { dictionary: 5 }, { dictionary: new ArrayBuffer(2) },
  { maxOutputLength: 0 }, { maxOutputLength: 2 ** 33 }, { maxOutputLength: 'x' },
];
for (const o of opts) {
  t('deflate ' + JSON.stringify(o), () => zlib.deflateSync('x', o));
}
t('gzip windowBits 8', () => zlib.gzipSync('x', { windowBits: 8 }));
t('deflateRaw windowBits 8', () => zlib.inflateRawSync(zlib.deflateRawSync('x', { windowBits: 8 })).toString());
t('inflate windowBits 0', () => zlib.deflateSync(zlib.inflateSync(zlib.deflateSync('x'), { windowBits: 0 })));
t('gunzip windowBits 0', () => zlib.gzipSync(zlib.gunzipSync(zlib.gzipSync('x'), { windowBits: 0 })));
t('inflateRaw windowBits 0', () => zlib.inflateRawSync(zlib.deflateRawSync('x'), { windowBits: 0 }).toString());
t('opts string', () => zlib.deflateSync('x', 'str'));
t('opts null', () => zlib.deflateSync('x', null));
t('create bad', () => zlib.createGzip({ level: 42 }));
t('class bad', () => new zlib.Inflate({ chunkSize: 1 }));
