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

const a = Buffer.from('ab');
const b = Buffer.from('cde');
t('basic', () => Buffer.concat([a, b]));
t('empty list', () => Buffer.concat([]));
t('single', () => { const r = Buffer.concat([a]); return [r, r === a, r.buffer === a.buffer && r.byteOffset === a.byteOffset]; });
t('total less', () => Buffer.concat([a, b], 3));
t('total more', () => Buffer.concat([a, b], 8));
t('total zero', () => Buffer.concat([a, b], 0));
t('u8', () => Buffer.concat([new Uint8Array([1, 2]), a]));
t('isBuffer', () => Buffer.isBuffer(Buffer.concat([new Uint8Array([1])])));
t('empties', () => Buffer.concat([Buffer.alloc(0), Buffer.alloc(0)]));
t('not array', () => Buffer.concat(a));
t('not array str', () => Buffer.concat('ab'));
t('bad item', () => Buffer.concat([a, 'x']));
t('bad item arr', () => Buffer.concat([a, [1, 2]]));
t('bad length', () => Buffer.concat([a], -1));
t('bad length str', () => Buffer.concat([a], '2'));
t('bad length frac', () => Buffer.concat([a], 1.5));
t('large', () => { const parts = []; for (let i = 0; i < 100; i++) parts.push(Buffer.alloc(100, i)); const r = Buffer.concat(parts); return [r.length, r[0], r[9999], r[5050]]; });
t('array-like item len', () => Buffer.concat([a, { length: 2 }]));
