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

const s = 'h\u00e9llo \u20ac\ud83d\ude00';
for (const enc of ['utf8', 'utf16le', 'ucs2', 'ucs-2', 'utf-16le', 'latin1', 'binary', 'ascii', 'UCS2', 'Latin1', 'BINARY', 'ASCII', 'UTF16LE']) {
  t(enc, () => Buffer.from(s, enc));
}
t('latin1 high', () => Buffer.from('\u0100\u01ff\uffff', 'latin1'));
t('ascii high', () => Buffer.from('\u0080\u00ff\u0100', 'ascii'));
t('unknown', () => Buffer.from('a', 'utf9'));
t('unknown2', () => Buffer.from('a', 'utf-16be'));
t('empty str unknown', () => Buffer.from('', 'nope'));
t('hex', () => Buffer.from('00ff10Ab', 'hex'));
t('base64', () => Buffer.from('aGVsbG8=', 'base64'));
t('base64url', () => Buffer.from('aGVsbG8', 'base64url'));
