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

const u = Buffer.from('abc\u00e9\u20acabc', 'ucs2');
t('ucs2', () => [u.indexOf('\u20ac', 0, 'ucs2'), u.indexOf('abc', 1, 'ucs2'), u.lastIndexOf('abc', undefined, 'ucs2'), u.lastIndexOf('b', 5, 'utf16le')]);
t('ucs2 aligned', () => { const x = Buffer.from([0x00, 0x61, 0x00, 0x62, 0x00]); return [x.indexOf('a', 0, 'ucs2'), x.indexOf(Buffer.from([0x61, 0x00]), 0, 'ucs2'), x.indexOf(Buffer.from([0x61, 0x00]))]; });
t('ucs2 short', () => [Buffer.from([0x61]).indexOf('a', 0, 'ucs2'), u.indexOf(Buffer.from([0x61]), 0, 'ucs2'), u.indexOf('', 0, 'ucs2')]);
t('ucs2 odd offset', () => [u.indexOf('b', 1, 'ucs2'), u.indexOf('b', 3, 'ucs2'), u.lastIndexOf('a', 13, 'ucs2')]);
const l = Buffer.from('caf\u00e9 \u00ff', 'latin1');
t('latin1', () => [l.indexOf('\u00e9', 0, 'latin1'), l.indexOf('\u00e9'), l.indexOf('\u00ff', 0, 'binary'), l.indexOf('\u0100', 0, 'latin1')]);
const h = Buffer.from([0xde, 0xad, 0xbe, 0xef, 0xde, 0xad]);
t('hex', () => [h.indexOf('beef', 0, 'hex'), h.lastIndexOf('dead', undefined, 'hex'), h.indexOf('dea', 0, 'hex'), h.indexOf('zz', 0, 'hex'), h.indexOf('', 0, 'hex')]);
t('base64', () => [h.indexOf('vu8=', 0, 'base64'), h.indexOf('3q0', 1, 'base64'), h.indexOf('3q0', 1, 'base64url')]);
t('ascii', () => [Buffer.from('xa\u00e9').indexOf('\u00e9', 0, 'ascii'), Buffer.from('xyz').indexOf('yz', 0, 'ascii')]);
t('utf8 explicit', () => Buffer.from('x\u20acy').indexOf('\u20ac', 0, 'utf8'));
t('buffer with enc', () => h.indexOf(Buffer.from([0xbe]), 0, 'latin1'));
for (const [h, n] of [[[0, 0x61, 0, 0x62, 0], [0x61, 0]], [[0x61, 0, 0x62, 0], [0x63, 0]], [[0x61, 0, 0x62, 0, 0x63], [0x64, 0]], [[0x61, 0, 0x62, 0, 0x63, 0, 0x64], [0x64, 0]], [[0x61, 0, 0x62, 0, 0x63], [0x62, 0]]]) {
  const H = Buffer.from(h);
  const N = Buffer.from(n);
  t(`ucs2 quirk ${H.toString('hex')} ${N.toString('hex')}`, () => [H.indexOf(N, 0, 'ucs2'), H.lastIndexOf(N, undefined, 'ucs2'), H.indexOf(N.toString('ucs2'), 0, 'ucs2'), H.lastIndexOf(N.toString('ucs2'), undefined, 'ucs2'), H.indexOf(N, 1, 'ucs2'), H.lastIndexOf(N, 1, 'ucs2')]);
}
t('wtf8 needle', () => [Buffer.from('a\ud800b').indexOf('\ud800'), Buffer.from([0x61, 0xed, 0xa0, 0x80]).indexOf('\ud800'), Buffer.from([0x61, 0xed, 0xa0, 0x80]).lastIndexOf('a\ud800'), Buffer.from('a\ud800b').includes('\ufffd')]);
