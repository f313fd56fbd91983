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

const ab = new ArrayBuffer(8);
const u = new Uint8Array(ab);
for (let i = 0; i < 8; i++) u[i] = i;
const b = Buffer.from(ab);
t('full', () => [b.length, b.byteOffset, b.buffer === ab]);
u[0] = 99;
t('shared', () => b[0]);
t('offset', () => Buffer.from(ab, 2));
t('offset len', () => Buffer.from(ab, 2, 3));
t('offset str', () => Buffer.from(ab, '3', '2'));
t('offset NaN', () => Buffer.from(ab, 'x'));
t('len 0', () => Buffer.from(ab, 1, 0));
t('len neg', () => Buffer.from(ab, 1, -5));
t('len NaN', () => Buffer.from(ab, 1, NaN));
t('offset end', () => Buffer.from(ab, 8));
t('offset past', () => Buffer.from(ab, 9));
t('len past', () => Buffer.from(ab, 2, 7));
t('offset frac', () => Buffer.from(ab, 1.5, 2));
const sab = new SharedArrayBuffer(4);
t('sab', () => { const x = Buffer.from(sab); x[1] = 7; return [x.length, new Uint8Array(sab)[1]]; });
t('view buffer', () => { const v = new Uint16Array([0x0102, 0x0304]); return Buffer.from(v.buffer); });
t('write through', () => { const x = Buffer.from(ab, 4, 2); x.fill(0xaa); return [...u]; });
