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

for (const v of [1, 1.5, true, null, undefined, Symbol('s'), 5n, () => 1, function named() {}, {}, Object.create(null), new Map(), /re/]) {
  t(`from ${typeof v}`, () => Buffer.from(v));
}
t('long string type', () => Buffer.from(12345678901234567890123456789));
t('no args', () => Buffer.from());
t('Buffer no new', () => Buffer('ab'));
t('Buffer num enc', () => Buffer(5, 'utf8'));
t('new Buffer num', () => new Buffer(3));
t('new Buffer str', () => new Buffer('ab', 'hex'));
t('new Buffer bad', () => new Buffer({}));
