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

const vals = [0n, 1n, -1n, 255n, 0x0102030405060708n, 2n ** 63n - 1n, -(2n ** 63n), 2n ** 64n - 1n, 2n ** 63n];
for (const v of vals) {
  for (const f of ['writeBigInt64LE', 'writeBigInt64BE', 'writeBigUInt64LE', 'writeBigUInt64BE', 'writeBigUint64LE', 'writeBigUint64BE']) {
    t(`${f}(${v})`, () => { const b = Buffer.alloc(9); const r = b[f](v, 1); return [r, b, b[f.replace('write', 'read')](1)]; });
  }
}
t('default offset', () => { const b = Buffer.alloc(8); b.writeBigInt64BE(-2n); return [b.readBigInt64BE(), b.readBigUInt64BE(), b.readBigInt64LE(), b.readBigUInt64LE()]; });
t('read oob', () => Buffer.alloc(8).readBigInt64LE(1));
t('read short', () => Buffer.alloc(7).readBigUInt64BE());
t('read str off', () => Buffer.alloc(8).readBigInt64LE('0'));
t('write oob', () => Buffer.alloc(8).writeBigInt64LE(1n, 1));
t('write short', () => Buffer.alloc(4).writeBigInt64LE(1n));
t('write range', () => Buffer.alloc(8).writeBigInt64LE(2n ** 63n));
t('write range neg', () => Buffer.alloc(8).writeBigUInt64BE(-1n));
t('write range big', () => Buffer.alloc(8).writeBigUInt64LE(2n ** 64n));
t('write range small', () => Buffer.alloc(8).writeBigInt64BE(-(2n ** 63n) - 1n));
t('write number', () => { try { Buffer.alloc(8).writeBigInt64LE(1); return 'ok'; } catch (e) { return e.name; } });
