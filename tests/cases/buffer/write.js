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

const b = Buffer.alloc(8);
const r = (f) => () => { b.fill(0); const n = f(); return [n, b]; };
t('write plain', r(() => b.write('abc')));
t('write offset', r(() => b.write('abc', 6)));
t('write offset len', r(() => b.write('abcdef', 2, 3)));
t('write enc', r(() => b.write('6162', 'hex')));
t('write offset enc', r(() => b.write('6162', 1, 'hex')));
t('write all', r(() => b.write('abcd', 1, 2, 'latin1')));
t('write utf8 trunc', r(() => b.write('aaaaaa\u20ac')));
t('write utf8 trunc2', r(() => b.write('\u00e9\u00e9\u00e9\u00e9\u00e9')));
t('write pair trunc', r(() => b.write('aaaaa\ud83d\ude00')));
t('write pair fits', r(() => b.write('aaaa\ud83d\ude00')));
t('write lone', r(() => b.write('\ud800\udc00\udc00')));
t('write ucs2 odd len', r(() => b.write('abcd', 0, 3, 'ucs2')));
t('write ucs2 offset', r(() => b.write('abcd', 5, 'utf16le')));
t('write latin1', r(() => b.write('\u00ff\u0100\u0141', 'latin1')));
t('write ascii', r(() => b.write('\u00ff\u0100A', 'ascii')));
t('write base64', r(() => b.write('AQID', 'base64')));
t('write base64url', r(() => b.write('_-_-', 'base64url')));
t('write at end', r(() => b.write('abc', 8)));
t('write len 0', r(() => b.write('abc', 0, 0)));
t('write len big', r(() => b.write('abcdefghijkl', 2, 8)));
t('write empty', r(() => b.write('')));
t('write enc utf-8', r(() => b.write('\u00e9', 'UTF-8')));
t('utf8Write', r(() => b.utf8Write('xyz', 1)));
t('latin1Write', r(() => b.latin1Write('xyz', 1, 2)));
t('hexWrite', r(() => b.hexWrite('abcd', 6)));
t('ucs2Write', r(() => b.ucs2Write('ab')));
t('asciiWrite', r(() => b.asciiWrite('ab')));
t('base64Write', r(() => b.base64Write('YWJj')));
t('utf8Write nonstring', () => b.utf8Write(5));
