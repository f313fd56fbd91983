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

for (const s of ['', 'a', 'ab', 'abc', 'abcd', 'ABCDEF', 'aBcD', 'zz', 'zzab', 'abzz12', 'ab cd', '0x12', '1g', 'g1', '\u0100\u0101', '12 ', ' 12', 'fF00']) {
  t(`from ${JSON.stringify(s)}`, () => Buffer.from(s, 'hex'));
}
const b = Buffer.alloc(4, 0xee);
t('write zz', () => [b.write('zz', 'hex'), b]);
t('write abc', () => [b.write('abc', 'hex'), b]);
t('write long', () => [b.write('0102030405060708', 'hex'), b]);
t('write offset', () => [b.write('aabb', 1, 'hex'), b]);
t('write len', () => [b.write('ccddee', 0, 2, 'hex'), b]);
t('write partial invalid', () => [b.write('11xx22', 'hex'), b]);
t('byteLength', () => [Buffer.byteLength('abc', 'hex'), Buffer.byteLength('abcd', 'hex'), Buffer.byteLength('zz', 'hex')]);
t('toString', () => Buffer.from([0, 1, 0x7f, 0x80, 0xfe, 0xff]).toString('hex'));
t('toString range', () => Buffer.from([0, 1, 2, 3]).toString('hex', 1, 3));
