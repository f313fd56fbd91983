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

let seed = 12345;
const rnd = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed; };
const big = Buffer.alloc(100000);
for (let i = 0; i < big.length; i++) big[i] = rnd() & 255;
let sum = 0;
for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'ucs2']) {
  const s = big.toString(enc);
  const back = Buffer.from(s, enc);
  t(enc, () => [s.length, back.equals(big), s.slice(0, 16)]);
}
const u = big.toString('utf8');
t('utf8 decode', () => [u.length, Buffer.byteLength(u), u.charCodeAt(0), u.charCodeAt(u.length - 1)]);
let str = '';
for (let i = 0; i < 20000; i++) { const r = rnd() % 5; str += r === 0 ? 'a' : r === 1 ? '\u00e9' : r === 2 ? '\u20ac' : r === 3 ? '\ud83d\ude00' : 'z'; }
const enc = Buffer.from(str);
t('utf8 encode', () => [enc.length, enc.toString() === str, Buffer.byteLength(str)]);
for (let i = 0; i < big.length; i += 997) sum = (sum + big.readUInt16LE(i)) | 0;
t('sum', () => sum);
t('indexOf far', () => big.indexOf(big.subarray(77777, 77790)));
