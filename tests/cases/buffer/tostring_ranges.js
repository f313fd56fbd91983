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

const b = Buffer.from('abcdef');
const args = [[], ['utf8'], [undefined, 1], ['utf8', 2, 4], ['utf8', -3], ['utf8', 10], ['utf8', 1, 100], ['utf8', 4, 2],
  ['utf8', 1.9, 3.9], ['utf8', '2', '4'], ['utf8', 'x', 3], ['utf8', null, null], ['utf8', 2, null], ['utf8', NaN, NaN],
  ['utf8', 0, -1], ['utf8', Infinity], ['utf8', -Infinity, Infinity], ['utf8', 3, undefined], ['hex', 1, 2], ['UTF8', 1],
  ['latin1', true, 3], ['utf8', [2], [4]], ['', 0, 1], [null], ['foo'], [1], ['utf8', 6], ['utf8', 5, 6]];
for (const a of args) t(`toString(${a.map(String).join(',')})`, () => b.toString(...a));
t('empty buffer', () => Buffer.alloc(0).toString('hex'));
t('toLocaleString', () => b.toLocaleString('hex', 1, 3));
t('toLocaleString same', () => Buffer.prototype.toLocaleString === Buffer.prototype.toString);
t('String()', () => String(b));
t('template', () => `${Buffer.from('x')}`);
t('concat str', () => Buffer.from('y') + '!');
