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

const d = new TextDecoder();
t('props', () => [d.encoding, d.fatal, d.ignoreBOM]);
t('basic', () => d.decode(new Uint8Array([0x68, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80])));
t('invalid', () => escape(d.decode(new Uint8Array([0xff, 0x41, 0xe2, 0x82, 0x41, 0xed, 0xa0, 0x80, 0xf0, 0x9f]))));
t('bom', () => d.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])));
t('bom twice', () => escape(d.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41]))));
t('ignoreBOM', () => escape(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))));
t('empty', () => d.decode());
t('undefined', () => d.decode(undefined));
t('arraybuffer', () => d.decode(new Uint8Array([0x61, 0x62]).buffer));
t('sab', () => { const s = new SharedArrayBuffer(2); new Uint8Array(s).set([0x63, 0x64]); return d.decode(s); });
t('dataview', () => d.decode(new DataView(new Uint8Array([0x61, 0x62, 0x63]).buffer, 1)));
t('u16 view', () => d.decode(new Uint16Array([0x6261])));
t('buffer', () => d.decode(Buffer.from('xyz')));
t('sub view', () => d.decode(new Uint8Array([0x61, 0x62, 0x63, 0x64]).subarray(1, 3)));
t('string input', () => d.decode('abc'));
t('null input', () => d.decode(null));
t('number input', () => d.decode(5));
t('array input', () => d.decode([65]));
t('options bad', () => d.decode(new Uint8Array([65]), 5));
t('options null', () => d.decode(new Uint8Array([65]), null));
const f = new TextDecoder('utf-8', { fatal: true });
t('fatal props', () => [f.fatal, f.ignoreBOM]);
t('fatal ok', () => f.decode(new Uint8Array([0xc3, 0xa9])));
t('fatal bad', () => f.decode(new Uint8Array([0xff])));
t('fatal truncated', () => f.decode(new Uint8Array([0xe2, 0x82])));
t('fatal surrogate', () => f.decode(new Uint8Array([0xed, 0xa0, 0x80])));
t('fatal after error', () => f.decode(new Uint8Array([0x41])));
t('fatal truthy', () => new TextDecoder('utf8', { fatal: 1, ignoreBOM: 'yes' }).fatal);
t('long', () => { const u = new Uint8Array(30000).fill(0x61); u[29999] = 0xc3; const s = d.decode(u); return [s.length, s.charCodeAt(29999)]; });
t('after stream path', () => { const x = new TextDecoder(); x.decode(new Uint8Array([0x41]), { stream: true }); x.decode(); try { x.decode('s'); } catch (e) { return [e.code, e.message]; } });
t('after stream options', () => { const x = new TextDecoder(); x.decode(new Uint8Array([0x41]), { stream: true }); x.decode(); return x.decode(new Uint8Array([0x41]), 5); });
t('latin1 bad input', () => new TextDecoder('latin1').decode('x'));
t('latin1 options', () => new TextDecoder('latin1').decode(new Uint8Array([0x41]), 5));
t('utf16 bad input', () => new TextDecoder('utf-16le').decode('x'));
