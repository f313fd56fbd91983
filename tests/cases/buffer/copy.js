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

const src = Buffer.from([1, 2, 3, 4, 5]);
const r = (args, tlen = 6) => () => { const dst = Buffer.alloc(tlen); const n = src.copy(dst, ...args); return [n, dst]; };
const argsList = [[], [1], [1, 2], [1, 2, 4], [0, 0, 5], [4], [6], [10], [0, 5], [0, 6], [0, 3, 1], [0, 0, 10], [0, 1, 1],
  [-1], [0, -1], [0, 0, -1], [1.7, 1.2], ['2'], [null], [NaN, NaN], [0, 0, NaN], [undefined, 2], [Infinity], [0, 0, Infinity], ['x', 'y']];
for (const a of argsList) t(`copy(${a.map(String).join(',')})`, r(a));
t('to smaller', r([], 2));
t('u8 target', () => { const d = new Uint8Array(3); return [src.copy(d, 1), [...d]]; });
t('overlap fwd', () => { const x = Buffer.from([1, 2, 3, 4, 5]); x.copy(x, 1, 0, 4); return x; });
t('overlap back', () => { const x = Buffer.from([1, 2, 3, 4, 5]); x.copy(x, 0, 1); return x; });
t('bad target', () => src.copy([1, 2]));
t('bad target str', () => src.copy('abc'));
t('source u8 via call', () => { const d = Buffer.alloc(2); return [Buffer.prototype.copy.call(new Uint8Array([7, 8]), d), d]; });
