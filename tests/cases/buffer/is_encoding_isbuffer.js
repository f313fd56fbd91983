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

const encs = ['utf8', 'utf-8', 'UTF8', 'Utf-8', 'ucs2', 'ucs-2', 'UCS2', 'utf16le', 'utf-16le', 'UTF16LE', 'latin1', 'binary', 'LATIN1', 'ascii', 'ASCII',
  'base64', 'BASE64', 'base64url', 'Base64Url', 'hex', 'HEX', 'utf16', 'utf-16', 'utf32', 'buffer', '', ' utf8', 'utf8 ', null, undefined, 1, {}, 'latin-1', 'win-1252', 'raw', 'raws'];
t('isEncoding', () => encs.map((e) => Buffer.isEncoding(e)));
t('isBuffer', () => [Buffer.isBuffer(Buffer.alloc(1)), Buffer.isBuffer(new Uint8Array(1)), Buffer.isBuffer('x'), Buffer.isBuffer(null), Buffer.isBuffer(), Buffer.isBuffer({}), Buffer.isBuffer(Buffer.alloc(2).subarray(1))]);
t('instanceof', () => [Buffer.alloc(1) instanceof Buffer, Buffer.alloc(1) instanceof Uint8Array, new Uint8Array(1) instanceof Buffer]);
t('setPrototypeOf u8', () => { const u = new Uint8Array([1, 2]); Object.setPrototypeOf(u, Buffer.prototype); return [Buffer.isBuffer(u), u.toString('hex')]; });
