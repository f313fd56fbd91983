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

const { transcode } = require('node:buffer');
const srcs = {
  ascii: [[0x41, 0x42], [0xff, 0x41], [0xe9]],
  latin1: [[0x68, 0xe9], [0xff, 0x80]],
  utf8: [[0x68, 0xe2, 0x82, 0xac, 0x6c, 0x6f, 0x20, 0xc3, 0xa9], [0xff, 0x41], [0xf0, 0x9f, 0x98, 0x80], [0xed, 0xa0, 0x80, 0x41], [0xf0, 0x9f]],
  ucs2: [[0x68, 0x00, 0xac, 0x20], [0x41, 0xd8, 0x42, 0x00], [0x3d, 0xd8, 0x00, 0xde], [0x41, 0x00, 0x42], [0x00, 0xdc]],
};
for (const from of Object.keys(srcs)) {
  for (const src of srcs[from]) {
    for (const to of ['ascii', 'latin1', 'utf8', 'ucs2']) {
      t(`${from}>${to} ${Buffer.from(src).toString('hex')}`, () => transcode(Buffer.from(src), from, to));
    }
  }
}
t('aliases', () => [transcode(Buffer.from('a'), 'UTF-8', 'utf16le'), transcode(Buffer.from('\u00e9', 'latin1'), 'binary', 'UTF8'), transcode(Buffer.from('ab', 'ucs2'), 'UCS-2', 'ascii')]);
t('empty', () => transcode(Buffer.alloc(0), 'utf8', 'nope'));
t('u8 src', () => transcode(new Uint8Array([0x41]), 'utf8', 'ucs2'));
t('bad src', () => transcode('abc', 'utf8', 'ucs2'));
t('bad src arr', () => transcode([1], 'utf8', 'ucs2'));
const te = (label, f) => { try { f(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name, e.code, e.errno, e.message); } };
te('bad enc', () => transcode(Buffer.from('a'), 'utf8', 'hex'));
te('bad from', () => transcode(Buffer.from('a'), 'base64', 'utf8'));
te('invalid', () => transcode(Buffer.from([0xff]), 'utf8', 'ucs2'));
t('isBuffer result', () => Buffer.isBuffer(transcode(Buffer.from('a'), 'utf8', 'latin1')));
