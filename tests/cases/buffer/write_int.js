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

const cases = [
  ['writeUInt8', [0, 1, 127, 128, 255, 1.9, '7', NaN, -0]],
  ['writeInt8', [0, -1, -128, 127, 5.5, -5.5]],
  ['writeUInt16LE', [0, 1, 0xff, 0x100, 0xffff, 0x1234]],
  ['writeUInt16BE', [0, 1, 0xff, 0x100, 0xffff, 0x1234]],
  ['writeInt16LE', [0, -1, -32768, 32767, 0x1234, -0x1234]],
  ['writeInt16BE', [0, -1, -32768, 32767, 0x1234, -0x1234]],
  ['writeUInt32LE', [0, 1, 0xffffffff, 0x12345678, 0x80000000]],
  ['writeUInt32BE', [0, 1, 0xffffffff, 0x12345678, 0x80000000]],
  ['writeInt32LE', [0, -1, -0x80000000, 0x7fffffff, 0x12345678, -0x12345678]],
  ['writeInt32BE', [0, -1, -0x80000000, 0x7fffffff, 0x12345678, -0x12345678]],
];
for (const [f, vals] of cases) {
  for (const v of vals) {
    t(`${f}(${String(v)})`, () => { const b = Buffer.alloc(6, 0xaa); const r = b[f](v, 1); return [r, b]; });
  }
}
t('chain', () => { const b = Buffer.alloc(7); let o = b.writeUInt8(1); o = b.writeUInt16BE(0x0203, o); o = b.writeInt32LE(-2, o); return [o, b]; });
t('default offset', () => { const b = Buffer.alloc(4); return [b.writeUInt32BE(0xdeadbeef), b]; });
t('roundtrip', () => { const b = Buffer.alloc(4); b.writeInt32BE(-123456); return [b.readInt32BE(), b.readUInt32BE(), b.readInt16BE(2)]; });
