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

const b = Buffer.from([0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc, 0xde, 0xf0]);
for (let n = 1; n <= 6; n++) {
  t(`read n=${n}`, () => [b.readUIntLE(0, n), b.readUIntBE(0, n), b.readIntLE(0, n), b.readIntBE(0, n), b.readUIntLE(2, n), b.readIntBE(2, n), b.readUintLE(1, n), b.readUintBE(1, n)]);
}
const vals = { 1: [0, 255, -1, -128, 127], 2: [0x1234, -2], 3: [0x123456, -0x123456, 0xffffff, -0x800000], 4: [0xfedcba98, -1], 5: [0x123456789a, -0x123456789a, 2 ** 39 - 1, -(2 ** 39)], 6: [0x123456789abc, -0x123456789abc, 2 ** 47 - 1, -(2 ** 47), 2 ** 48 - 1] };
for (let n = 1; n <= 6; n++) {
  for (const v of vals[n]) {
    for (const f of ['writeUIntLE', 'writeUIntBE', 'writeIntLE', 'writeIntBE']) {
      t(`${f}(${v},1,${n})`, () => { const x = Buffer.alloc(8); const r = x[f](v, 1, n); return [r, x, f.includes('UInt') ? x[f.replace('write', 'read')](1, n) : x[f.replace('write', 'read')](1, n)]; });
    }
  }
}
t('byteLength 0', () => b.readUIntLE(0, 0));
t('byteLength 7', () => b.readIntBE(0, 7));
t('byteLength missing', () => b.readUIntBE(0));
t('byteLength str', () => b.readIntLE(0, '2'));
t('byteLength frac', () => b.readUIntLE(0, 2.5));
t('w byteLength 0', () => b.writeUIntLE(1, 0, 0));
t('w byteLength 7', () => b.writeIntBE(1, 0, 7));
t('w byteLength missing', () => b.writeUIntBE(1, 0));
t('w byteLength frac', () => b.writeIntLE(1, 0, 1.5));
t('read oob', () => b.readUIntBE(4, 6));
t('read oob 3', () => b.readIntLE(6, 3));
t('write oob', () => b.writeUIntLE(1, 5, 6));
t('write range 3', () => b.writeUIntLE(0x1000000, 0, 3));
t('write range 5', () => b.writeUIntBE(2 ** 40, 0, 5));
t('write range 6', () => b.writeUIntLE(2 ** 48, 0, 6));
t('write range i5', () => b.writeIntLE(2 ** 39, 0, 5));
t('write range i6', () => b.writeIntBE(-(2 ** 47) - 1, 0, 6));
t('write range i3', () => b.writeIntBE(-(2 ** 23) - 1, 0, 3));
t('write range neg u', () => b.writeUIntBE(-1, 0, 2));
t('write offset undefined', () => b.writeUIntLE(1, undefined, 2));
