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

const b = Buffer.from('abcdefgh');
const args = [[], [2], [2, 5], [-3], [-3, -1], [5, 2], [0, 100], [-100], [1.5, 3.9], ['2', '4'], [NaN, 3], [null, 2], [undefined, undefined], [Infinity], [-Infinity, -2], [2, undefined], [8], [0, 0]];
for (const a of args) {
  t(`slice(${a.map(String).join(',')})`, () => b.slice(...a).toString());
  t(`subarray(${a.map(String).join(',')})`, () => b.subarray(...a).toString());
}
t('shares memory', () => { const s = b.slice(1, 3); s[0] = 0x5a; return [b.toString(), s.buffer === b.buffer]; });
t('is buffer', () => [Buffer.isBuffer(b.slice(1)), Buffer.isBuffer(b.subarray(1)), b.slice(1) instanceof Buffer, b.slice(1).constructor.name]);
t('nested', () => b.slice(1, 7).slice(1, 4).subarray(1).toString());
t('offsets', () => { const s = b.subarray(3); return s.byteOffset - b.byteOffset; });
t('u8 subarray of buffer', () => Buffer.isBuffer(Uint8Array.prototype.subarray.call(b, 1)));
t('map', () => Buffer.isBuffer(b.map((x) => x + 1)));
t('filter', () => { const f = b.filter((x) => x > 100); return [Buffer.isBuffer(f), f.toString()]; });
t('species', () => Buffer[Symbol.species] === Buffer);
t('u8 slice copy', () => { const s = Uint8Array.prototype.slice.call(b, 0, 2); s[0] = 0; return [Buffer.isBuffer(s), b[0]]; });
