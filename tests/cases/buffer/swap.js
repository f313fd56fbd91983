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

const mk = (n) => { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = i + 1; return b; };
t('swap16', () => mk(8).swap16());
t('swap32', () => mk(8).swap32());
t('swap64', () => mk(16).swap64());
t('swap16 empty', () => mk(0).swap16());
t('swap16 odd', () => mk(3).swap16());
t('swap32 bad', () => mk(6).swap32());
t('swap64 bad', () => mk(12).swap64());
t('returns this', () => { const b = mk(4); return [b.swap16() === b, b.swap32() === b]; });
t('swap16 large', () => { const b = mk(1000).swap16(); return [b[0], b[1], b[998], b[999]]; });
t('swap32 slice', () => { const b = mk(12); b.subarray(4, 8).swap32(); return b; });
t('ucs2 swap', () => Buffer.from('\u0102\u0304', 'utf16le').swap16().toString('hex'));
