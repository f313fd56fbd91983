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

const { isUtf8, isAscii } = require('node:buffer');
const cases = [[], [0x41], [0x7f], [0x80], [0xc3, 0xa9], [0xc3], [0xe2, 0x82, 0xac], [0xed, 0xa0, 0x80], [0xf0, 0x9f, 0x98, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xc0, 0x80], [0xff], [0x41, 0x42, 0xe2, 0x82]];
for (const c of cases) t(Buffer.from(c).toString('hex') || 'empty', () => [isUtf8(Buffer.from(c)), isAscii(Buffer.from(c))]);
t('arraybuffer', () => [isUtf8(new Uint8Array([0xc3, 0xa9]).buffer), isAscii(new ArrayBuffer(3))]);
t('u16', () => [isUtf8(new Uint16Array([0xa9c3])), isAscii(new Uint16Array([0x4141]))]);
t('dataview', () => isUtf8(new DataView(new ArrayBuffer(2))));
t('bad', () => isUtf8('abc'));
t('bad ascii', () => isAscii([1]));
t('bad null', () => isUtf8(null));
t('long', () => { const b = Buffer.from('\u00e9'.repeat(5000)); return [isUtf8(b), isUtf8(b.subarray(1)), isAscii(b)]; });
