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

const buffer = require('node:buffer');
t('keys', () => Object.keys(buffer).sort());
t('kMaxLength', () => [buffer.kMaxLength, buffer.constants.MAX_LENGTH, buffer.kMaxLength === buffer.constants.MAX_LENGTH]);
t('kStringMaxLength', () => [buffer.kStringMaxLength, buffer.constants.MAX_STRING_LENGTH]);
t('constants keys', () => Object.keys(buffer.constants));
t('constants frozen-ish', () => { try { buffer.constants.MAX_LENGTH = 1; } catch (e) { return e.name; } return buffer.constants.MAX_LENGTH; });
t('Buffer same', () => buffer.Buffer === Buffer);
t('statics', () => ['from', 'alloc', 'allocUnsafe', 'allocUnsafeSlow', 'isBuffer', 'isEncoding', 'compare', 'concat', 'byteLength', 'copyBytesFrom', 'of'].map((k) => typeof Buffer[k]));
t('proto methods', () => ['write', 'toString', 'equals', 'compare', 'copy', 'slice', 'subarray', 'fill', 'indexOf', 'lastIndexOf', 'includes', 'toJSON', 'swap16', 'readUInt8', 'writeDoubleBE', 'readBigUint64LE', 'inspect'].map((k) => typeof Buffer.prototype[k]));
t('Buffer.name', () => [Buffer.name, Buffer.length, Buffer.from.name, Buffer.alloc.length, Buffer.prototype.constructor === Buffer]);
t('proto chain', () => [Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype, Object.getPrototypeOf(Buffer) === Uint8Array]);
t('of', () => Buffer.of(1, 2, 300));
t('of isBuffer', () => Buffer.isBuffer(Buffer.of()));
t('SlowBuffer', () => { const s = buffer.SlowBuffer(3); return [s.length, Buffer.isBuffer(s), s instanceof buffer.SlowBuffer]; });
t('SlowBuffer bad', () => buffer.SlowBuffer(-1));
t('global Buffer', () => globalThis.Buffer === buffer.Buffer);
t('global atob', () => [globalThis.atob === buffer.atob, globalThis.btoa === buffer.btoa]);
t('global Blob', () => globalThis.Blob === buffer.Blob);
t('resolveObjectURL', () => [buffer.resolveObjectURL('blob:nodedata:nothing'), buffer.resolveObjectURL('http://x'), buffer.resolveObjectURL('nope')]);
