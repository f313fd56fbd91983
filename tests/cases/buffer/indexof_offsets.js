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

const b = Buffer.from('abcabcabc');
const offs = [undefined, 0, 1, 3, 4, 8, 9, 10, 100, -1, -3, -4, -9, -10, -100, 1.5, -1.5, NaN, null, '', '3', {}, [], [4], true, Infinity, -Infinity, 2 ** 31, -(2 ** 31) - 5, 2 ** 40];
for (const o of offs) {
  const k = typeof o === 'object' && o !== null ? JSON.stringify(o) : String(o);
  t(`off ${k}`, () => [b.indexOf('abc', o), b.lastIndexOf('abc', o), b.indexOf('c', o), b.lastIndexOf('c', o), b.indexOf(0x62, o), b.lastIndexOf(0x62, o), b.indexOf('', o), b.lastIndexOf('', o), b.includes('a', o)]);
}
t('offset as encoding', () => [b.indexOf('6263', 'hex'), b.lastIndexOf('YWJj', 'base64')]);
