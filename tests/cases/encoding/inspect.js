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
t('decoder', () => util.inspect(new TextDecoder()));
t('decoder opts', () => util.inspect(new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true })));
t('encoder', () => util.inspect(new TextEncoder()));
t('nested', () => util.inspect({ d: new TextDecoder('latin1'), e: new TextEncoder() }));
t('in array', () => util.inspect([new TextDecoder()]));
console.log(new TextDecoder());
console.log(new TextEncoder());
t('depth', () => util.inspect({ a: { b: { c: new TextDecoder() } } }, { depth: 1 }));
