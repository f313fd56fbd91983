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
t('unknown', () => new StringDecoder('foo'));
t('unknown num', () => new StringDecoder(5));
t('encodings', () => [undefined, null, '', 'utf8', 'UTF-8', 'utf-8', 'ucs2', 'ucs-2', 'utf16le', 'UTF-16LE', 'latin1', 'binary', 'BINARY', 'ascii', 'base64', 'base64url', 'hex', 'HEX'].map((e) => new StringDecoder(e).encoding));
const d = new StringDecoder();
t('write string', () => d.write('abc'));
t('write number', () => d.write(1));
t('write null', () => d.write(null));
t('write array', () => d.write([65]));
t('write arraybuffer', () => d.write(new ArrayBuffer(1)));
t('write u16', () => escape(d.write(new Uint16Array([0x4241]))));
t('write dataview', () => d.write(new DataView(new Uint8Array([0x43, 0x44]).buffer)));
t('write u8', () => d.write(new Uint8Array([0x45])));
t('end string', () => d.end('xyz'));
t('end undefined', () => d.end(undefined));
t('end number', () => d.end(5));
t('empty write', () => d.write(Buffer.alloc(0)));
t('keys', () => Object.keys(d));
t('proto', () => Object.getOwnPropertyNames(StringDecoder.prototype));
t('call no new', () => { try { return StringDecoder('utf8'); } catch (e) { return e.name; } });
t('write on bare', () => StringDecoder.prototype.write.call({}, Buffer.from('a')));
