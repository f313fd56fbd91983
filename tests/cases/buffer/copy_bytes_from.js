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

const u16 = new Uint16Array([0x0102, 0x0304, 0x0506]);
t('all', () => Buffer.copyBytesFrom(u16));
t('offset', () => Buffer.copyBytesFrom(u16, 1));
t('offset len', () => Buffer.copyBytesFrom(u16, 1, 1));
t('len', () => Buffer.copyBytesFrom(u16, undefined, 2));
t('offset past', () => Buffer.copyBytesFrom(u16, 5));
t('len past', () => Buffer.copyBytesFrom(u16, 1, 10));
t('empty', () => Buffer.copyBytesFrom(new Uint8Array(0)));
t('f64', () => Buffer.copyBytesFrom(new Float64Array([1])));
t('copy not share', () => { const u = new Uint8Array([1, 2]); const b = Buffer.copyBytesFrom(u); u[0] = 5; return b; });
t('bad view', () => Buffer.copyBytesFrom([1, 2]));
t('bad view buf', () => Buffer.copyBytesFrom(new ArrayBuffer(2)));
t('bad view dv', () => Buffer.copyBytesFrom(new DataView(new ArrayBuffer(2))));
t('bad offset', () => Buffer.copyBytesFrom(u16, -1));
t('bad offset str', () => Buffer.copyBytesFrom(u16, '1'));
t('bad offset frac', () => Buffer.copyBytesFrom(u16, 1.5));
t('bad len', () => Buffer.copyBytesFrom(u16, 0, -1));
t('is buffer', () => Buffer.isBuffer(Buffer.copyBytesFrom(new Int8Array([-1]))));
