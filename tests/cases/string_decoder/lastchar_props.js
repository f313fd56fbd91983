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

const { StringDecoder } = require('node:string_decoder');
const d = new StringDecoder('utf8');
t('initial', () => [d.lastNeed, d.lastTotal, d.lastChar, d.encoding]);
d.write(Buffer.from([0xf0, 0x9f]));
t('after 2 of 4', () => [d.lastNeed, d.lastTotal, d.lastChar]);
d.write(Buffer.from([0x98]));
t('after 3 of 4', () => [d.lastNeed, d.lastTotal, d.lastChar]);
t('complete', () => [d.write(Buffer.from([0x80])), d.lastNeed, d.lastTotal]);
t('lastChar is buffer', () => [Buffer.isBuffer(d.lastChar), d.lastChar.length]);
const u = new StringDecoder('utf16le');
u.write(Buffer.from([0x41]));
t('ucs2', () => [u.lastNeed, u.lastTotal, u.lastChar]);
const b = new StringDecoder('base64');
b.write(Buffer.from([1, 2, 3, 4]));
t('base64', () => [b.lastNeed, b.lastTotal, b.lastChar]);
const util = require('node:util');
t('inspect', () => util.inspect(new StringDecoder('hex')));
