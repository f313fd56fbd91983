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

t('alloc0', () => Buffer.alloc(0));
t('alloc5', () => Buffer.alloc(5));
t('alloc fill num', () => Buffer.alloc(4, 257));
t('alloc fill neg', () => Buffer.alloc(3, -1));
t('alloc fill frac', () => Buffer.alloc(3, 1.9));
t('alloc fill str', () => Buffer.alloc(7, 'abc'));
t('alloc fill hex', () => Buffer.alloc(5, 'a1b2', 'hex'));
t('alloc fill partial hex', () => Buffer.alloc(3, 'abz', 'hex'));
t('alloc fill empty hex', () => Buffer.alloc(3, '', 'hex'));
t('alloc fill bad hex', () => Buffer.alloc(3, 'zz', 'hex'));
t('alloc fill ucs2', () => Buffer.alloc(5, 'ab', 'ucs2'));
t('alloc fill utf8 multi', () => Buffer.alloc(5, '\u0222'));
t('alloc fill base64', () => Buffer.alloc(6, 'YWI=', 'base64'));
t('alloc fill buffer', () => Buffer.alloc(5, Buffer.from([1, 2])));
t('alloc fill u16', () => Buffer.alloc(5, new Uint16Array([0x0102])));
t('alloc fill empty buf', () => Buffer.alloc(3, Buffer.alloc(0)));
t('alloc fill bool', () => Buffer.alloc(3, true));
t('alloc fill obj', () => Buffer.alloc(3, {}));
t('alloc fill zero size', () => Buffer.alloc(0, 'abc'));
t('alloc bad enc', () => Buffer.alloc(3, 'a', 'foo'));
t('alloc enc num', () => Buffer.alloc(3, 'a', 1));
t('alloc frac size', () => Buffer.alloc(2.5).length);
t('alloc neg', () => Buffer.alloc(-1));
t('alloc NaN', () => Buffer.alloc(NaN));
t('alloc str', () => Buffer.alloc('5'));
t('alloc huge', () => Buffer.alloc(2 ** 33));
t('alloc undefined', () => Buffer.alloc());
t('alloc is buffer', () => Buffer.isBuffer(Buffer.alloc(1)));
t('alloc not pooled', () => Buffer.alloc(10).buffer.byteLength);
