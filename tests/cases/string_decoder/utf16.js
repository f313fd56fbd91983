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
const run = (enc, chunks) => { const d = new StringDecoder(enc); const out = chunks.map((c) => escape(d.write(Buffer.from(c))) + '|' + d.lastNeed + '/' + d.lastTotal); out.push('end:' + escape(d.end())); return out; };
t('simple', () => run('utf16le', [[0x41, 0x00, 0x42, 0x00]]));
t('odd', () => run('utf16le', [[0x41], [0x00, 0x42], [0x00]]));
t('pair split', () => run('utf16le', [[0x3d, 0xd8], [0x00, 0xde]]));
t('pair split odd', () => run('utf16le', [[0x3d], [0xd8, 0x00], [0xde]]));
t('pair byte by byte', () => run('ucs2', [[0x3d], [0xd8], [0x00], [0xde]]));
t('high then end', () => run('utf16le', [[0x3d, 0xd8]]));
t('high then other', () => run('utf16le', [[0x3d, 0xd8], [0x41, 0x00]]));
t('odd end', () => run('utf16le', [[0x41, 0x00, 0x42]]));
t('lone low', () => run('utf-16le', [[0x00, 0xdc, 0x41, 0x00]]));
t('ucs-2 alias', () => new StringDecoder('UCS-2').encoding);
t('text', () => { const d = new StringDecoder('utf16le'); return [d.text(Buffer.from([0x41, 0x00, 0x42, 0x00]), 2), d.lastNeed]; });
