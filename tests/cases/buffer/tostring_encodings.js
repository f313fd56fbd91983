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

const b = Buffer.from([0x00, 0x41, 0x7f, 0x80, 0xe9, 0xff, 0x3d, 0xd8, 0x00, 0xde, 0x61]);
for (const enc of ['utf8', 'latin1', 'binary', 'ascii', 'ucs2', 'utf16le', 'hex', 'base64', 'base64url']) {
  t(enc, () => escape(b.toString(enc)));
  t(enc + ' 1..4', () => escape(b.toString(enc, 1, 4)));
}
t('ucs2 odd', () => escape(Buffer.from([0x41, 0x00, 0x42]).toString('ucs2')));
t('ucs2 one', () => Buffer.from([0x41]).toString('ucs2'));
t('ucs2 surrogates', () => Buffer.from([0x3d, 0xd8, 0x00, 0xde]).toString('utf16le') === '\ud83d\ude00');
t('methods', () => [b.latin1Slice(1, 3), b.asciiSlice(3, 4), b.hexSlice(0, 2), b.base64Slice(0, 2), b.base64urlSlice(0, 2), b.ucs2Slice(0, 4), b.utf8Slice(1, 2)]);
t('method no args', () => Buffer.from('xy').hexSlice());
t('long latin1', () => { const x = Buffer.alloc(20000); for (let i = 0; i < x.length; i++) x[i] = i & 255; const s = x.toString('latin1'); return [s.length, s.charCodeAt(255), s.charCodeAt(19999)]; });
t('long hex', () => { const x = Buffer.alloc(10000, 0xab); const s = x.toString('hex'); return [s.length, s.slice(0, 6), s.slice(-4)]; });
t('long base64', () => { const x = Buffer.alloc(10001, 0xfe); const s = x.toString('base64'); return [s.length, s.slice(0, 8), s.slice(-8)]; });
t('long ascii', () => { const x = Buffer.alloc(10000, 0xc1); const s = x.toString('ascii'); return [s.length, s.charCodeAt(9999)]; });
