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

const le = new TextDecoder('utf-16le');
t('props', () => [le.encoding, new TextDecoder('utf-16').encoding, new TextDecoder('UTF-16BE').encoding]);
t('le', () => le.decode(new Uint8Array([0x68, 0x00, 0xe9, 0x00, 0xac, 0x20])));
t('le bom', () => le.decode(new Uint8Array([0xff, 0xfe, 0x41, 0x00])));
t('le pair', () => le.decode(new Uint8Array([0x3d, 0xd8, 0x00, 0xde])) === '\ud83d\ude00');
t('le lone', () => escape(le.decode(new Uint8Array([0x00, 0xd8, 0x41, 0x00, 0x00, 0xdc]))));
t('le odd', () => escape(le.decode(new Uint8Array([0x41, 0x00, 0x42]))));
t('le high + odd', () => escape(le.decode(new Uint8Array([0x00, 0xd8, 0x41]))));
t('le dangling high', () => escape(le.decode(new Uint8Array([0x41, 0x00, 0x00, 0xd8]))));
t('le fatal lone', () => new TextDecoder('utf-16le', { fatal: true }).decode(new Uint8Array([0x00, 0xd8])));
t('le fatal odd', () => new TextDecoder('utf-16le', { fatal: true }).decode(new Uint8Array([0x41])));
t('le fatal ok', () => new TextDecoder('utf-16le', { fatal: true }).decode(new Uint8Array([0x41, 0x00])));
t('le ignoreBOM', () => escape(new TextDecoder('utf-16le', { ignoreBOM: true }).decode(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))));
const be = new TextDecoder('utf-16be');
t('be', () => be.decode(new Uint8Array([0x00, 0x68, 0x20, 0xac])));
t('be bom', () => be.decode(new Uint8Array([0xfe, 0xff, 0x00, 0x41])));
t('be pair', () => be.decode(new Uint8Array([0xd8, 0x3d, 0xde, 0x00])) === '\ud83d\ude00');
t('be odd', () => escape(be.decode(new Uint8Array([0xfe, 0xff, 0x00, 0x41, 0xd8]))));
const l1 = new TextDecoder('latin1');
t('latin1', () => [l1.encoding, escape(l1.decode(new Uint8Array([0x41, 0x80, 0x9f, 0xe9, 0xff])))]);
t('ascii label', () => [new TextDecoder('ascii').encoding, escape(new TextDecoder('us-ascii').decode(new Uint8Array([0xe9])))]);
t('latin1 bom not stripped', () => escape(new TextDecoder('latin1').decode(new Uint8Array([0xef, 0xbb, 0xbf]))));
