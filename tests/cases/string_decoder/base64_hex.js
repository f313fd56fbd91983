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
const run = (enc, chunks) => { const d = new StringDecoder(enc); const out = chunks.map((c) => d.write(Buffer.from(c)) + '|' + d.lastNeed + '/' + d.lastTotal); out.push('end:' + d.end()); return out; };
t('b64 1', () => run('base64', ['a', 'bcd', 'e']));
t('b64 2', () => run('base64', ['ab', 'c', 'defg']));
t('b64 exact', () => run('base64', ['abc', 'def']));
t('b64 bytes', () => run('base64', [[0xfb], [0xff], [0xbf, 0x01]]));
t('b64url', () => run('base64url', [[0xfb], [0xff, 0xbf], [0xfe]]));
t('b64 end buf', () => { const d = new StringDecoder('base64'); return [d.write(Buffer.from('a')), d.end(Buffer.from('b')), d.end()]; });
t('hex', () => run('hex', [[0x01, 0xab], [0xff], []]));
t('latin1', () => run('latin1', [[0xe9, 0x41], [0xff]]));
t('binary', () => run('binary', [[0xe9]]));
t('ascii', () => run('ascii', [[0xe9, 0x41], [0xff]]));
t('ascii lastNeed', () => { const d = new StringDecoder('ascii'); d.write(Buffer.from([0xe2])); return [d.lastNeed, d.lastTotal]; });
