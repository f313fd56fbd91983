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

const b = Buffer.from([1, 2, 250]);
t('toJSON', () => b.toJSON());
t('toJSON empty', () => Buffer.alloc(0).toJSON());
t('stringify', () => JSON.stringify({ b }));
t('parse revive', () => JSON.parse(JSON.stringify(b), (k, v) => (v && v.type === 'Buffer' ? Buffer.from(v.data) : v)).toString('hex'));
t('keys', () => [...b.keys()]);
t('values', () => [...b.values()]);
t('entries', () => [...b.entries()]);
t('spread', () => [...b]);
t('for of', () => { let s = 0; for (const x of b) s += x; return s; });
t('Array.from', () => Array.from(b));
t('iterator same', () => Buffer.prototype[Symbol.iterator] === Uint8Array.prototype[Symbol.iterator]);
t('length prop', () => [b.length, b.byteLength, b.byteOffset >= 0]);
t('parent offset', () => { const x = Buffer.alloc(4); return [x.parent === x.buffer, x.offset === x.byteOffset]; });
t('parent of u8', () => Object.getOwnPropertyDescriptor(Buffer.prototype, 'parent').get.call(new Uint8Array(1)));
t('index set', () => { const x = Buffer.alloc(2); x[0] = 300; x[1] = -1; x[5] = 1; return [x[0], x[1], x[5], x.length]; });
t('toString tag', () => Object.prototype.toString.call(b));
