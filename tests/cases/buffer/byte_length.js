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

const s = 'h\u00e9\u20ac\ud83d\ude00\ud800';
for (const enc of [undefined, 'utf8', 'utf-8', 'ucs2', 'utf16le', 'latin1', 'binary', 'ascii', 'hex', 'base64', 'base64url', 'foo', 'UTF8', 'HEX', '', null, 0]) {
  t(`${enc}`, () => Buffer.byteLength(s, enc));
}
t('empty', () => Buffer.byteLength(''));
t('b64 pad', () => ['', 'a', 'ab', 'abc', 'abcd', 'ab==', 'abc=', 'a===', '=', '=='].map((x) => Buffer.byteLength(x, 'base64')));
t('hex', () => ['a', 'ab', 'abc'].map((x) => Buffer.byteLength(x, 'hex')));
t('buffer', () => Buffer.byteLength(Buffer.alloc(7)));
t('u16', () => Buffer.byteLength(new Uint16Array(3)));
t('dataview', () => Buffer.byteLength(new DataView(new ArrayBuffer(5))));
t('ab', () => Buffer.byteLength(new ArrayBuffer(9)));
t('sab', () => Buffer.byteLength(new SharedArrayBuffer(3)));
t('number', () => Buffer.byteLength(5));
t('undefined', () => Buffer.byteLength());
t('object', () => Buffer.byteLength({}));
t('array', () => Buffer.byteLength([1, 2]));
t('long', () => Buffer.byteLength('\u00e9'.repeat(10000) + 'a'));
t('lone surrogates', () => [Buffer.byteLength('\ud800'), Buffer.byteLength('\udc00\ud800'), Buffer.byteLength('\ud800\udc00')]);
