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

const labels = ['utf-8', 'UTF-8', 'utf8', ' utf8 ', '\tutf-8\n', 'unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'x-unicode20utf8',
  'utf-16', 'utf-16le', 'UTF-16LE', 'ucs-2', 'unicode', 'csunicode', 'iso-10646-ucs-2', 'unicodefeff', 'utf-16be', 'unicodefffe',
  'latin1', 'iso-8859-1', 'ISO8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'cp1252', 'windows-1252', 'x-cp1252', 'ascii', 'us-ascii', 'ansi_x3.4-1968', 'cp819', 'ibm819', 'iso-ir-100', 'csisolatin1'];
for (const l of labels) t(JSON.stringify(l), () => new TextDecoder(l).encoding);
t('default', () => new TextDecoder().encoding);
t('undefined', () => new TextDecoder(undefined).encoding);
t('unknown', () => new TextDecoder('foo'));
t('null', () => new TextDecoder(null));
t('empty', () => new TextDecoder(''));
t('utf-32', () => new TextDecoder('utf-32'));
t('utf8 nbsp', () => new TextDecoder('utf8\u00a0'));
t('options bad', () => new TextDecoder('utf8', 5));
t('options str', () => new TextDecoder('utf8', 'x'));
t('options null', () => new TextDecoder('utf8', null).fatal);
t('bad this decode', () => TextDecoder.prototype.decode.call({}, new Uint8Array(1)));
t('bad this encoding', () => Object.getOwnPropertyDescriptor(TextDecoder.prototype, 'encoding').get.call({}));
t('bad this fatal', () => Object.getOwnPropertyDescriptor(TextDecoder.prototype, 'fatal').get.call(null));
t('proto', () => Object.getOwnPropertyNames(TextDecoder.prototype).sort());
t('tag', () => Object.prototype.toString.call(new TextDecoder()));
t('no new', () => { try { TextDecoder(); } catch (e) { return e.name; } });
t('util exports', () => { const u = require('node:util'); return [u.TextDecoder === TextDecoder, u.TextEncoder === TextEncoder]; });
