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

const a = Buffer.from('abc');
const b = Buffer.from('abd');
const c = Buffer.from('ab');
t('compare', () => [Buffer.compare(a, b), Buffer.compare(b, a), Buffer.compare(a, a), Buffer.compare(a, c), Buffer.compare(c, a), Buffer.compare(a, Buffer.from('abc'))]);
t('compare u8', () => Buffer.compare(new Uint8Array([1]), new Uint8Array([2])));
t('compare empty', () => [Buffer.compare(Buffer.alloc(0), Buffer.alloc(0)), Buffer.compare(Buffer.alloc(0), a)]);
t('compare bytes high', () => Buffer.compare(Buffer.from([0x80]), Buffer.from([0x7f])));
t('sort', () => [Buffer.from('b'), Buffer.from('a'), Buffer.from('ab'), Buffer.from('')].sort(Buffer.compare).map(String));
t('compare bad1', () => Buffer.compare('a', a));
t('compare bad2', () => Buffer.compare(a, [1]));
t('compare u16', () => Buffer.compare(a, new Uint16Array(1)));
t('equals', () => [a.equals(Buffer.from('abc')), a.equals(b), a.equals(c), a.equals(a), Buffer.alloc(0).equals(Buffer.alloc(0))]);
t('equals u8', () => a.equals(new Uint8Array([97, 98, 99])));
t('equals bad', () => a.equals('abc'));
t('equals dataview', () => a.equals(new DataView(new ArrayBuffer(3))));
t('equals slices', () => Buffer.from('xabcx').subarray(1, 4).equals(a));
t('instance compare', () => [a.compare(b), b.compare(a), a.compare(a), a.compare(c)]);
t('instance compare bad', () => a.compare('abc'));
t('long equal', () => { const x = Buffer.alloc(10000, 1); const y = Buffer.alloc(10000, 1); y[9999] = 2; return [x.compare(y), x.equals(y), Buffer.compare(y, x)]; });
