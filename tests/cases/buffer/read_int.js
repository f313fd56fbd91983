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

const b = Buffer.from([0x01, 0x82, 0xff, 0x7f, 0x80, 0x00, 0xfe, 0x10, 0x9a]);
const fns = ['readUInt8', 'readInt8', 'readUInt16LE', 'readUInt16BE', 'readInt16LE', 'readInt16BE', 'readUInt32LE', 'readUInt32BE', 'readInt32LE', 'readInt32BE',
  'readUint8', 'readUint16LE', 'readUint16BE', 'readUint32LE', 'readUint32BE'];
for (const f of fns) {
  const vals = [];
  for (let o = 0; o < b.length; o++) { try { vals.push(b[f](o)); } catch (e) { vals.push(e.code); } }
  t(f, () => vals);
  t(f + ' default', () => b[f]());
}
t('aliases same', () => [Buffer.prototype.readUint8 === Buffer.prototype.readUInt8, Buffer.prototype.writeUint32BE === Buffer.prototype.writeUInt32BE]);
