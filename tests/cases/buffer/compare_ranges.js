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

const a = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 9]);
const b = Buffer.from([5, 6, 7, 8, 9, 1, 2, 3, 4]);
const args = [[], [5], [5, 9], [0, 4, 4], [0, 4, 4, 9], [5, 9, 0, 4], [0, 0], [0, 0, 0, 0], [2, 2, 3, 3], [0, 9, 3, 3],
  [3, 3, 0, 9], [undefined, undefined, 4], [9], [9, 9, 9], [100], [0, 4, 100], [1.5], [-1], [0, 10], [0, 9, 0, 10],
  ['1'], [0, '2'], [0, 9, null], [0, 9, 0, -1], [NaN]];
for (const x of args) t(`compare(${x.map(String).join(',')})`, () => a.compare(b, ...x));
t('u8 target', () => a.compare(new Uint8Array([1, 2, 3]), 0, 3, 0, 3));
