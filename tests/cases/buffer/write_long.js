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

const base = 'abcdefghijklmnopqrstuvwxyz0123456789'.repeat(4);
const mixed = base + '\u00e9\u20ac\ud83d\ude00' + base + '\u00ff';
const lone = base + '\ud800' + base;
for (const s of [base, mixed, lone, '\u00e9' + base, base + '\u20ac']) {
  for (const off of [0, 1, 2, 3, 5]) {
    for (const max of [undefined, 40, 145, 146, 147, 148, 149, 150, 151, 300]) {
      const b = Buffer.alloc(320, 0x2e);
      let n;
      try { n = max === undefined ? b.write(s, off) : b.write(s, off, Math.min(max, 320 - off)); } catch (e) { n = e.code; }
      t(`utf8 ${s.length} off=${off} max=${max}`, () => [n, b.toString('latin1').split('.').join('').length, b.subarray(off, off + (typeof n === 'number' ? n : 0)).toString() === s.slice(0, typeof n === 'number' ? Buffer.from(s).subarray(0, n).toString().length : 0)]);
    }
  }
}
const hex = '0123456789abcdefABCDEF'.repeat(6);
for (const bad of [-1, 0, 1, 2, 7, 8, 9, 33, 64, 131]) {
  const s = bad < 0 ? hex : hex.slice(0, bad) + 'x' + hex.slice(bad + 1);
  for (const off of [0, 1, 3]) {
    const b = Buffer.alloc(80, 0xee);
    t(`hex bad=${bad} off=${off}`, () => [b.write(s, off, 'hex'), b.toString('hex')]);
  }
}
t('hex long roundtrip', () => { const h = Buffer.alloc(1001, 0).map((_, i) => (i * 37) & 255).toString('hex'); return [h.length, Buffer.from(h, 'hex').toString('hex') === h]; });
t('hex odd long', () => Buffer.from(hex + 'a', 'hex').length);
const lat = 'x\u00e9\u00ff\u0100\u0141z'.repeat(20);
for (const off of [0, 1, 2, 3]) {
  const b = Buffer.alloc(130, 0);
  t(`latin1 off=${off}`, () => [b.write(lat, off, 'latin1'), b.toString('hex')]);
  const c = Buffer.alloc(130, 0);
  t(`ascii off=${off}`, () => [c.write(lat, off, 'ascii'), c.toString('hex')]);
  const d = Buffer.alloc(130, 0);
  t(`ucs2 off=${off}`, () => [d.write(lat, off, 'ucs2'), d.toString('hex')]);
}
t('ucs2 slice odd offset', () => { const b = Buffer.from('\u0000' + 'ab\u20accd'.repeat(20), 'ucs2'); return [b.toString('ucs2', 1).length, b.toString('ucs2', 1, 80).length, escape(b.toString('ucs2', 2, 100))]; });
t('hex slice odd offset', () => { const b = Buffer.alloc(101).map((_, i) => i); return [b.toString('hex', 1), b.toString('hex', 3, 64)]; });
t('b64 slice odd offset', () => { const b = Buffer.alloc(101).map((_, i) => i * 3); return [b.toString('base64', 1), b.toString('base64url', 2, 99)]; });
