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

const b = Buffer.alloc(4);
t('offset neg', () => b.fill(1, -1));
t('offset frac', () => b.fill(1, 1.5));
t('offset NaN', () => b.fill(1, NaN));
t('offset null', () => b.fill(1, null));
t('offset str num', () => b.fill(1, '1'));
t('end past', () => b.fill(1, 0, 5));
t('end neg', () => b.fill(1, 0, -1));
t('end str', () => b.fill(1, 0, '2'));
t('end null', () => b.fill('a', 0, null));
t('bad enc', () => b.fill('a', 'foo'));
t('bad enc num', () => b.fill('a', 0, 2, 5));
t('num enc', () => b.fill('a', 0, 4, 'hex'));
t('hex invalid', () => b.fill('zz', 'hex'));
t('hex odd', () => b.fill('a', 'hex'));
t('empty buffer', () => b.fill(Buffer.alloc(0)));
t('bigint', () => { try { b.fill(5n); return 'no throw'; } catch (e) { return e.name; } });
t('symbol', () => { try { b.fill(Symbol('x')); return 'no throw'; } catch (e) { return e.name; } });
t('enc ignored for num', () => b.fill(3, 0, 4, 'foo'));
