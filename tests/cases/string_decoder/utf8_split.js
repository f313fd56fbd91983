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
const full = Buffer.from('a\u00e9\u20ac\ud83d\ude00z\u00e9');
// every split point, in one and two cuts
for (let i = 0; i <= full.length; i++) {
  const d = new StringDecoder('utf8');
  const out = [d.write(full.subarray(0, i)), d.lastNeed, d.lastTotal, d.write(full.subarray(i)), d.end()];
  t(`split ${i}`, () => out);
}
for (let i = 1; i < full.length; i += 2) {
  const d = new StringDecoder();
  const parts = [];
  for (let j = 0; j < full.length; j += i) parts.push(d.write(full.subarray(j, j + i)));
  parts.push(d.end());
  t(`chunks of ${i}`, () => [parts.join('') === full.toString(), parts]);
}
t('byte by byte', () => { const d = new StringDecoder('utf-8'); let s = ''; for (const b of full) s += d.write(Buffer.from([b])); return s === full.toString(); });
