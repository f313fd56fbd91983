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

t('array', () => Buffer.from([1, 2, 255, 256, -1, 1.7, '3', 'x', null, undefined, true]));
t('empty array', () => Buffer.from([]));
t('u16', () => Buffer.from(new Uint16Array([0x1234, 0xff01])));
t('f64', () => Buffer.from(new Float64Array([1.5, -2.5, 300])));
t('u8 copy', () => { const a = new Uint8Array([5, 6]); const b = Buffer.from(a); a[0] = 9; return b; });
t('buffer copy', () => { const a = Buffer.from([5, 6]); const b = Buffer.from(a); a[0] = 9; return [b, a.buffer === b.buffer && a.byteOffset === b.byteOffset]; });
t('array-like', () => Buffer.from({ length: 3, 0: 7, 1: 8, 2: 9 }));
t('array-like str len', () => Buffer.from({ length: '3', 0: 7 }));
t('array-like neg len', () => Buffer.from({ length: -2 }));
t('buffer json', () => Buffer.from({ type: 'Buffer', data: [1, 2, 3] }));
t('buffer json roundtrip', () => Buffer.from(JSON.parse(JSON.stringify(Buffer.from('hi')))));
t('buffer json bad', () => Buffer.from({ type: 'Buffer', data: 'abc' }));
t('valueOf string', () => Buffer.from({ valueOf() { return 'abc'; } }));
t('valueOf string enc', () => Buffer.from({ valueOf() { return '6162'; } }, 'hex'));
t('valueOf array', () => Buffer.from({ valueOf() { return [1, 2]; } }));
t('valueOf number', () => Buffer.from({ valueOf() { return 5; } }));
t('toPrimitive', () => Buffer.from({ [Symbol.toPrimitive](h) { return 'hint:' + h; } }));
t('toPrimitive enc', () => Buffer.from({ [Symbol.toPrimitive]() { return 'ffee'; } }, 'hex'));
t('toPrimitive number', () => Buffer.from({ [Symbol.toPrimitive]() { return 1; } }));
t('new String', () => Buffer.from(new String('xyz'), 'latin1'));
t('dataview', () => Buffer.from(new DataView(new ArrayBuffer(2))));
t('object with buffer', () => Buffer.from({ buffer: new ArrayBuffer(2) }));
t('array big', () => { const a = []; for (let i = 0; i < 5000; i++) a.push(i); const b = Buffer.from(a); return [b.length, b[4999], b[256]]; });
t('set', () => Buffer.from(new Set([1, 2])));
