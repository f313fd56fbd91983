const zlib = require('node:zlib');
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r.length, JSON.stringify(r.toString()));
  } catch (e) {
    console.log(label, e.code, e.message);
  }
}
const g = zlib.gzipSync('member one;');
const g2 = zlib.gzipSync('member two;');
const d = zlib.deflateSync('zlib data;');
const B = (x) => Buffer.from(x);
t('two members', () => zlib.gunzipSync(Buffer.concat([g, g2])));
t('three members unzip', () => zlib.unzipSync(Buffer.concat([g, g2, g])));
t('zero padding', () => zlib.gunzipSync(Buffer.concat([g, Buffer.alloc(10)])));
t('zero then junk', () => zlib.gunzipSync(Buffer.concat([g, B([0, 1, 2])])));
t('trailing junk', () => zlib.gunzipSync(Buffer.concat([g, B('garbage')])));
t('trailing 1 byte', () => zlib.gunzipSync(Buffer.concat([g, B('g')])));
t('trailing magic', () => zlib.gunzipSync(Buffer.concat([g, B([0x1f, 0x8b])])));
t('unzip gzip+zlib', () => zlib.unzipSync(Buffer.concat([g, d])));
t('unzip zlib+zlib', () => zlib.unzipSync(Buffer.concat([d, d])));
t('inflate trailing', () => zlib.inflateSync(Buffer.concat([d, B('garbage')])));
t('raw trailing', () => zlib.inflateRawSync(Buffer.concat([zlib.deflateRawSync('raw;'), B('garbage')])));
// A gzip header with FNAME, FCOMMENT, FEXTRA and FHCRC fields.
const body = zlib.deflateRawSync('with fields');
const hdr = [0x1f, 0x8b, 8, 0x1e, 0, 0, 0, 0, 0, 3, 3, 0, 1, 2, 3];
for (const c of B('name.txt\0comment\0')) hdr.push(c);
const hcrc = zlib.crc32(B(hdr)) & 0xffff;
hdr.push(hcrc & 0xff, hcrc >> 8);
const trailer = Buffer.alloc(8);
trailer.writeUInt32LE(zlib.crc32('with fields'), 0);
trailer.writeUInt32LE(11, 4);
const full = Buffer.concat([B(hdr), body, trailer]);
t('fields', () => zlib.gunzipSync(full));
const badh = Buffer.from(full); badh[hdr.length - 1] ^= 0xff;
t('bad hcrc', () => zlib.gunzipSync(badh));
