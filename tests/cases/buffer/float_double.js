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

const fvals = [0, -0, 1, -1, 0.1, 1.5, 3.4028234663852886e38, 1e40, -1e40, 1.401298464324817e-45, 1e-50, NaN, Infinity, -Infinity, 123.456];
for (const v of fvals) {
  t(`float ${v}`, () => { const b = Buffer.alloc(8); const r1 = b.writeFloatLE(v, 0); const r2 = b.writeFloatBE(v, 4); return [r1, r2, b, b.readFloatLE(0), b.readFloatBE(4)]; });
  t(`double ${v}`, () => { const b = Buffer.alloc(16); b.writeDoubleLE(v, 0); b.writeDoubleBE(v, 8); return [b, b.readDoubleLE(0), b.readDoubleBE(8)]; });
}
t('str value', () => { const b = Buffer.alloc(4); b.writeFloatLE('2.5'); return b.readFloatLE(); });
t('NaN value', () => { const b = Buffer.alloc(4); b.writeFloatBE('x'); return b; });
t('read nan bits', () => [Buffer.from([0, 0, 0xc0, 0x7f]).readFloatLE(), Buffer.from([0x7f, 0xf0, 0, 0, 0, 0, 0, 1]).readDoubleBE()]);
t('read float oob', () => Buffer.alloc(4).readFloatLE(1));
t('read double oob', () => Buffer.alloc(8).readDoubleBE(1));
t('write float oob', () => Buffer.alloc(4).writeFloatLE(1, 1));
t('write double oob', () => Buffer.alloc(7).writeDoubleLE(1));
t('write double off str', () => Buffer.alloc(8).writeDoubleLE(1, '0'));
t('read float frac', () => Buffer.alloc(8).readFloatBE(0.5));
t('read double neg', () => Buffer.alloc(8).readDoubleLE(-1));
