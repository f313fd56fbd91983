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

const run = (label, dec, chunks) => t(label, () => { const out = chunks.map((c) => escape(dec.decode(new Uint8Array(c), { stream: true }))); out.push(escape(dec.decode())); return out; });
const full = [...Buffer.from('\ufeffa\u00e9\u20ac\ud83d\ude00b')];
for (let i = 0; i <= full.length; i++) run(`split ${i}`, new TextDecoder(), [full.slice(0, i), full.slice(i)]);
run('bytes', new TextDecoder(), full.map((b) => [b]));
run('bom split', new TextDecoder(), [[0xef, 0xbb], [0xbf, 0x41, 0xe2], [0x82], [0x41]]);
run('invalid mid', new TextDecoder(), [[0xe2, 0x82], [0x41], [0xf0], [0x9f, 0x98], [0x80]]);
run('incomplete end', new TextDecoder(), [[0x41, 0xf0, 0x9f]]);
run('bad prefix', new TextDecoder(), [[0xe0, 0x80], [0x80]]);
run('ed prefix', new TextDecoder(), [[0xed, 0xa0], [0x80]]);
run('utf16 stream', new TextDecoder('utf-16le'), [[0x3d], [0xd8], [0x00, 0xde], [0x41]]);
run('utf16 bom', new TextDecoder('utf-16le'), [[0xff], [0xfe, 0x41, 0x00]]);
run('utf16 dangling', new TextDecoder('utf-16le'), [[0x3d, 0xd8]]);
run('utf16 odd', new TextDecoder('utf-16le'), [[0x41, 0x00, 0x42]]);
t('stream then flush bom', () => { const d = new TextDecoder(); return [d.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), { stream: true }), escape(d.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x42]))), escape(d.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x43])))]; });
t('fatal stream', () => { const d = new TextDecoder('utf-8', { fatal: true }); const r = [d.decode(new Uint8Array([0xe2, 0x82]), { stream: true })]; try { d.decode(new Uint8Array([0xe2, 0x82])); } catch (e) { r.push(e.code); } r.push(d.decode(new Uint8Array([0x41]))); return r; });
t('fatal stream flush incomplete', () => { const d = new TextDecoder('utf-8', { fatal: true }); const r = [d.decode(new Uint8Array([0xf0, 0x9f]), { stream: true })]; try { d.decode(); } catch (e) { r.push(e.code); } return r; });
t('pending is copied', () => { const d = new TextDecoder(); const b = Buffer.from([0x41, 0xe2, 0x82]); const r = [d.decode(b, { stream: true })]; b.fill(0x5a); r.push(d.decode(Buffer.from([0xac]))); return r; });
t('utf16 pending is copied', () => { const d = new TextDecoder('utf-16le'); const b = Buffer.from([0x41, 0x00, 0x3d]); const r = [d.decode(b, { stream: true })]; b.fill(0); r.push(escape(d.decode(Buffer.from([0xd8, 0x00, 0xde])))); return r; });
