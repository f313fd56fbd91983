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

t('ascii', () => Buffer.from('hello world'));
t('2byte', () => Buffer.from('\u00e9\u07ff'));
t('3byte', () => Buffer.from('\u0800\u20ac\uffff'));
t('4byte', () => Buffer.from('\ud83d\ude00\udbff\udfff'));
t('lone high', () => Buffer.from('a\ud800b'));
t('lone low', () => Buffer.from('a\udc00b'));
t('high at end', () => Buffer.from('ab\ud800'));
t('reversed pair', () => Buffer.from('\ude00\ud83d'));
t('double high', () => Buffer.from('\ud800\ud800\udc00'));
t('nul', () => Buffer.from('\0a\0'));
t('utf-8 label', () => Buffer.from('\u00e9', 'UTF-8'));
t('empty', () => Buffer.from(''));
t('empty enc', () => Buffer.from('', 'hex'));
t('roundtrip', () => Buffer.from('mixé€😀\u0000z').toString());
t('long', () => { const s = '\u00e9a\u20ac\ud83d\ude00'.repeat(3000); const b = Buffer.from(s); return [b.length, b.toString() === s]; });
t('string object', () => Buffer.from(new String('abc')));
t('enc null', () => Buffer.from('ab', null));
t('enc number', () => Buffer.from('ab', 5));
