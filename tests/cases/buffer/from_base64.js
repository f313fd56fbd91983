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

for (const s of ['', 'Y', 'YQ', 'YQ=', 'YQ==', 'YWI', 'YWI=', 'YWJj', 'YWJjZA', 'YWJjZA==', 'YW Jj\nZA', 'YW=Jj', 'YWJj*ZA==',
  'YQ==YQ==', '====', '=YWJj', 'Y=WJj', 'YWJj\r\n\tZGVm', 'ab-_', 'ab+/', '_-+/', '  YWJj  ', 'YWJjZGVmZ2hp', '\u0100YWJj', 'YW\u00ffJj']) {
  t(`b64 ${JSON.stringify(s)}`, () => Buffer.from(s, 'base64'));
  t(`b64url ${JSON.stringify(s)}`, () => Buffer.from(s, 'base64url'));
  t(`len ${JSON.stringify(s)}`, () => Buffer.byteLength(s, 'base64'));
}
const bytes = Buffer.from([0xfb, 0xff, 0xbf, 0x00, 0x10, 0x83]);
for (let i = 0; i <= bytes.length; i++) {
  t(`enc ${i}`, () => [bytes.toString('base64', 0, i), bytes.toString('base64url', 0, i)]);
}
const w = Buffer.alloc(5);
t('write base64 limited', () => [w.write('YWJjZGVmZ2g=', 'base64'), w]);
t('write base64 len', () => [w.write('eHl6', 1, 2, 'base64'), w]);
t('write base64url', () => [w.write('-_-_', 'base64url'), w]);
