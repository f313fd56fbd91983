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

const b = Buffer.alloc(4);
t('read oob', () => b.readUInt8(4));
t('read neg', () => b.readUInt8(-1));
t('read frac', () => b.readUInt16LE(1.5));
t('read str', () => b.readUInt32LE('0'));
t('read null', () => b.readInt8(null));
t('read NaN', () => b.readInt16BE(NaN));
t('read Inf', () => b.readInt32BE(Infinity));
t('read 32 off1', () => b.readUInt32LE(1));
t('read 32 short', () => Buffer.alloc(3).readUInt32LE(0));
t('read 16 on 1', () => Buffer.alloc(1).readUInt16BE());
t('read empty', () => Buffer.alloc(0).readUInt8());
t('read double short', () => b.readDoubleLE(0));
t('write value hi', () => b.writeUInt8(256));
t('write value lo', () => b.writeInt8(-129));
t('write16 hi', () => b.writeUInt16LE(65536));
t('write16 frac', () => b.writeUInt16BE(65535.5));
t('write16 neg', () => b.writeUInt16LE(-1));
t('writeI16 lo', () => b.writeInt16LE(-32769));
t('write32 hi', () => b.writeUInt32LE(2 ** 32));
t('writeI32 hi', () => b.writeInt32BE(2 ** 31));
t('write Inf', () => b.writeUInt8(Infinity));
t('write offset oob', () => b.writeUInt8(1, 4));
t('write offset str', () => b.writeUInt8(1, '0'));
t('write offset null', () => b.writeUInt16LE(1, null));
t('write offset frac', () => b.writeUInt32LE(1, 0.5));
t('write 32 off 1', () => b.writeUInt32LE(1, 1));
t('write empty', () => Buffer.alloc(0).writeUInt8(1, 0));
t('write short 32', () => Buffer.alloc(3).writeInt32BE(1));
t('write value and offset bad', () => b.writeUInt8(300, 10));
t('write value str', () => [b.writeUInt8('12', 0), b[0]]);
t('write value undefined', () => [b.writeUInt16BE(undefined, 0), b[0], b[1]]);
t('write value obj', () => [b.writeUInt8({ valueOf: () => 9 }, 0), b[0]]);
t('write value bigint', () => { try { b.writeUInt8(1n); return 'ok'; } catch (e) { return e.name; } });
