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

const r = (...args) => () => Buffer.alloc(6).fill(...args);
t('num', r(7));
t('num range', r(7, 2, 4));
t('num big', r(0x1234));
t('num neg', r(-2));
t('num NaN', r(NaN));
t('num frac', r(65.9));
t('str', r('ab'));
t('str offset', r('ab', 1));
t('str offset end', r('ab', 1, 4));
t('str enc', r('6162', 'hex'));
t('str offset enc', r('6162', 2, 'hex'));
t('str offset end enc', r('6162', 1, 3, 'hex'));
t('str end enc', r('xyz', 0, 'latin1'));
t('empty str', r(''));
t('empty str range', () => Buffer.alloc(4, 1).fill('', 1, 3));
t('single char utf8', r('\u00e9'));
t('single char latin1', r('\u00e9', 'latin1'));
t('single char latin1 high', r('\u0141', 'latin1'));
t('ucs2', r('\u20ac', 'ucs2'));
t('ucs2 odd', () => Buffer.alloc(5).fill('ab', 'utf16le'));
t('base64', r('AQI=', 'base64'));
t('buffer', r(Buffer.from([1, 2, 3, 4])));
t('buffer range', r(Buffer.from([1, 2]), 1, 5));
t('u8', r(new Uint8Array([9])));
t('u32', r(new Uint32Array([0x01020304])));
t('dataview', r(new DataView(new Uint8Array([5, 6]).buffer)));
t('bool', r(true));
t('null', r(null));
t('undefined', r(undefined));
t('obj', r({}));
t('obj valueOf', r({ valueOf() { return 3; } }));
t('offset past', r(1, 7));
t('offset eq', r(1, 6));
t('end before', r(1, 4, 2));
t('returns this', () => { const b = Buffer.alloc(2); return b.fill(1) === b; });
t('self fill', () => { const b = Buffer.from([1, 2, 0, 0, 0, 0, 0]); return b.fill(b.subarray(0, 2), 2); });
t('long pattern', () => { const b = Buffer.alloc(10000); b.fill('abc'); return [b.toString('latin1', 0, 7), b.toString('latin1', 9995)]; });
