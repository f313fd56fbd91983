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

const b = Buffer.alloc(5);
t('offset past', () => b.write('a', 6));
t('offset neg', () => b.write('a', -1));
t('offset frac', () => b.write('a', 1.5));
t('offset str num', () => b.write('a', '1', 2));
t('offset null', () => b.write('a', null));
t('offset NaN', () => b.write('a', NaN));
t('length past', () => b.write('a', 0, 9));
t('length neg', () => b.write('a', 0, -1));
t('length frac', () => b.write('a', 0, 1.5));
t('length null', () => b.write('a', 0, null));
t('non string', () => b.write(1));
t('non string offset', () => b.write(1, 0));
t('non string enc', () => b.write(Buffer.from('a'), 'hex'));
t('bad enc', () => b.write('a', 'foo'));
t('bad enc 4', () => b.write('a', 0, 1, 'foo'));
t('bad enc bad string', () => b.write(1, 0, 1, 'foo'));
t('enc null', () => b.write('ab', 0, 2, null));
t('enc empty', () => b.write('ab', 0, 2, ''));
t('offset 5 ok', () => b.write('a', 5));
