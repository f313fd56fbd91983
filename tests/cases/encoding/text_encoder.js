'use strict';
const { Buffer } = require('node:buffer');
function show(v) {
  if (v instanceof Uint8Array) return `${v.constructor.name}<${Buffer.from(v.buffer, v.byteOffset, v.length).toString('hex')}>`;
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === undefined) return 'undefined';
  if (typeof v === 'number' && Object.is(v, -0)) return '-0';
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  return JSON.stringify(v, (k, x) => (typeof x === 'bigint' ? `${x}n` : x));
}
function t(label, f) {
  try {
    console.log(label, show(f()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}

const enc = new TextEncoder();
t('encoding', () => enc.encoding);
t('encode', () => enc.encode('h\u00e9\u20ac\ud83d\ude00'));
t('encode type', () => [Object.prototype.toString.call(enc.encode('a')), enc.encode('a') instanceof Buffer, enc.encode('a').constructor.name]);
t('encode empty', () => enc.encode());
t('encode undefined', () => enc.encode(undefined));
t('encode null', () => enc.encode(null));
t('encode number', () => enc.encode(12));
t('encode obj', () => enc.encode({}));
t('lone', () => enc.encode('\ud800a\udc00'));
t('encodeInto', () => { const u = new Uint8Array(10); return [enc.encodeInto('a\u00e9\u20ac', u), u]; });
t('encodeInto small', () => { const u = new Uint8Array(4); return [enc.encodeInto('a\u00e9\ud83d\ude00', u), u]; });
t('encodeInto lone', () => enc.encodeInto('\ud800\ud83d\ude00', new Uint8Array(6)));
t('encodeInto zero', () => enc.encodeInto('abc', new Uint8Array(0)));
t('encodeInto buffer', () => { const b = Buffer.alloc(3); return [enc.encodeInto('xyz!', b), b.toString()]; });
t('encodeInto sub', () => { const u = new Uint8Array(6); enc.encodeInto('ab', u.subarray(2)); return u; });
t('encodeInto bad dest', () => enc.encodeInto('a', new Uint16Array(2)));
t('encodeInto bad dest arr', () => enc.encodeInto('a', []));
t('encodeInto bad src', () => enc.encodeInto(5, new Uint8Array(2)));
t('encodeInto missing', () => enc.encodeInto('a'));
t('bad this', () => TextEncoder.prototype.encode.call({}, 'a'));
t('bad this getter', () => Object.getOwnPropertyDescriptor(TextEncoder.prototype, 'encoding').get.call({}));
t('proto', () => Object.getOwnPropertyNames(TextEncoder.prototype));
t('tag', () => Object.prototype.toString.call(enc));
t('long', () => { const s = 'ab\u00e9\u20ac'.repeat(5000); const u = enc.encode(s); return [u.length, new TextDecoder().decode(u) === s]; });
