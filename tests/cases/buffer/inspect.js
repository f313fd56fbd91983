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

const util = require('node:util');
t('inspect', () => util.inspect(Buffer.from('hi')));
t('empty', () => util.inspect(Buffer.alloc(0)));
t('50', () => util.inspect(Buffer.alloc(50, 1)));
t('51', () => util.inspect(Buffer.alloc(51, 2)));
t('1000', () => util.inspect(Buffer.alloc(1000, 3)));
t('in object', () => util.inspect({ a: Buffer.from([1, 2]) }));
t('extra prop', () => { const x = Buffer.from([1]); x.foo = 'bar'; return util.inspect(x); });
t('extra prop empty', () => { const x = Buffer.alloc(0); x.foo = 1; return util.inspect(x); });
t('method', () => Buffer.from('ab').inspect());
const mod = require('node:buffer');
t('INSPECT_MAX_BYTES', () => mod.INSPECT_MAX_BYTES);
mod.INSPECT_MAX_BYTES = 2;
t('max 2', () => util.inspect(Buffer.from('abcd')));
t('max 2 exact', () => util.inspect(Buffer.from('ab')));
t('max 2 one more', () => util.inspect(Buffer.from('abc')));
t('set bad', () => { mod.INSPECT_MAX_BYTES = -1; });
t('set str', () => { mod.INSPECT_MAX_BYTES = '3'; });
mod.INSPECT_MAX_BYTES = 50;
console.log(Buffer.from('console'));
console.log([Buffer.from([255])]);
t('custom symbol', () => typeof Buffer.prototype[Symbol.for('nodejs.util.inspect.custom')]);
