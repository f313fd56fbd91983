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
const seqs = [
  [[0xe2, 0x82], [0xac, 0x41]], [[0xe2], []], [[0xe2]], [[0xf0, 0x9f], [0x98]], [[0xff, 0xe2, 0x41], [0xc3], [0xff]],
  [[0xf0], [0x41], [0xf0, 0x9f], [0xf0]], [[0xed], [0xa0]], [[0xe0], [0x80]], [[0xc0], [0x80]], [[0xf4, 0x90], [0x80]],
  [[0xe2, 0x82], [0x41]], [[0x41, 0x82]], [[0x80, 0x80, 0x80, 0x80]], [[0x41, 0x80, 0x80, 0x80]], [[0xf8, 0x80]], [[0xc3, 0x80, 0x80]],
  [[0xe2], [0x82], [0xac]], [[0xe2], [0x82], [0x41]], [[0xf0, 0x9f, 0x98]], [[0xc3], [0xa9, 0xc3], [0xa9]], [[0xfe], [0xfe]],
];
for (const seq of seqs) {
  const d = new StringDecoder('utf8');
  const out = seq.map((c) => escape(d.write(Buffer.from(c))) + '|' + d.lastNeed + '/' + d.lastTotal);
  out.push('end:' + escape(d.end()));
  t(JSON.stringify(seq), () => out);
}
t('end with buf', () => { const d = new StringDecoder(); return [d.write(Buffer.from([0xe2])), escape(d.end(Buffer.from([0x82]))), escape(d.end())]; });
t('end twice', () => { const d = new StringDecoder(); d.write(Buffer.from([0xe2])); return [escape(d.end()), d.end(), d.lastNeed]; });
t('reuse after end', () => { const d = new StringDecoder(); d.write(Buffer.from([0xe2])); d.end(); return escape(d.write(Buffer.from([0x82, 0x41]))); });
