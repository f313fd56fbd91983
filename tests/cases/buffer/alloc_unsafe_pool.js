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

function freshPool() {
  for (let i = 0; i < 5; i++) { if (Buffer.allocUnsafe(4095).byteOffset === 0) return; }
  throw new Error('no fresh pool');
}
freshPool();
const a = Buffer.allocUnsafe(3);
const b = Buffer.allocUnsafe(10);
const c = Buffer.from('hello');
const d = Buffer.from([1, 2, 3]);
const e = Buffer.concat([c, d]);
t('offsets', () => [a.byteOffset, b.byteOffset, c.byteOffset, d.byteOffset, e.byteOffset].map((x) => x - 4096));
t('same pool', () => [a.buffer === b.buffer, b.buffer === c.buffer, c.buffer === e.buffer, a.buffer.byteLength]);
t('big not pooled', () => [Buffer.allocUnsafe(4096).byteOffset, Buffer.allocUnsafe(4096).buffer.byteLength]);
t('slow', () => [Buffer.allocUnsafeSlow(3).byteOffset, Buffer.allocUnsafeSlow(3).buffer.byteLength]);
t('zero', () => [Buffer.allocUnsafe(0).length, Buffer.allocUnsafe(0).buffer.byteLength]);
t('poolSize', () => Buffer.poolSize);
t('errors neg', () => Buffer.allocUnsafe(-5));
t('errors str', () => Buffer.allocUnsafe('5'));
t('errors slow', () => Buffer.allocUnsafeSlow(null));
t('from big string not pooled', () => Buffer.from('x'.repeat(5000)).byteOffset);
t('hex invalid shrinks', () => { const x = Buffer.from('abzz', 'hex'); return [x.length, x.toString('hex')]; });
freshPool();
const p1 = Buffer.from('abc', 'hex');
const p2 = Buffer.from('a');
t('shrunk advance', () => [p1.length, p2.byteOffset - p1.byteOffset]);
Buffer.poolSize = 64;
freshPool();
const q = Buffer.allocUnsafe(20);
t('custom pool', () => [q.byteOffset, q.buffer.byteLength, Buffer.allocUnsafe(40).buffer.byteLength]);
Buffer.poolSize = 8192;
