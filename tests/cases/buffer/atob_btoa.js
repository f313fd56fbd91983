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

const { atob, btoa } = require('node:buffer');
const ts = (label, f) => { try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message, e instanceof Error); } };
for (const s of ['', 'YQ', 'YQ=', 'YQ==', 'YWI', 'YWJj', 'YW Jj\nZA', ' Y W J j ', 'YWJj\fZA==', 'Y', 'YQ==a', 'YQ===', '*', 'YW-_', 'YW+/', 'Y=Q=', '=', '==', 'YQ\u00a0', 'YQ\u0100', 'YWJjZA=', 'YWJjZA']) {
  ts(`atob ${JSON.stringify(s)}`, () => atob(s));
}
ts('atob undefined', () => atob(undefined));
ts('atob null', () => atob(null));
ts('atob number', () => atob(1234));
ts('atob none', () => atob());
ts('atob object', () => atob({ toString() { return 'YWJj'; } }));
for (const s of ['', 'a', 'ab', 'abc', 'hello world', '\u00ff\u00fe\u0000', '\u0100', '\ud83d']) ts(`btoa ${JSON.stringify(s)}`, () => btoa(s));
ts('btoa number', () => btoa(123));
ts('btoa null', () => btoa(null));
ts('btoa none', () => btoa());
ts('roundtrip', () => atob(btoa('\u0000\u0001\u00ff binary')));
try { atob('*'); } catch (e) { console.log(e.name, e.code, e.message, e instanceof DOMException, Object.prototype.toString.call(e)); }
try { btoa('\u0100'); } catch (e) { console.log(e.name, e.code, e.message, e instanceof DOMException); }
