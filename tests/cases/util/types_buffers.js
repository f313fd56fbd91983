'use strict';
const { types } = require('node:util');

const ab = new ArrayBuffer(8);
const values = {
  arrayBuffer: ab, shared: new SharedArrayBuffer(4), dataView: new DataView(ab),
  u8: new Uint8Array(2), u8c: new Uint8ClampedArray(2), u16: new Uint16Array(2),
  u32: new Uint32Array(2), i8: new Int8Array(2), i16: new Int16Array(2), i32: new Int32Array(2),
  f32: new Float32Array(2), f64: new Float64Array(2), bi64: new BigInt64Array(2),
  bu64: new BigUint64Array(2), buffer: Buffer.alloc(2), plain: { byteLength: 8 },
  fakeTyped: Object.create(Uint8Array.prototype), array: [1, 2],
};
const checks = ['isArrayBuffer', 'isSharedArrayBuffer', 'isAnyArrayBuffer', 'isDataView',
  'isArrayBufferView', 'isTypedArray', 'isUint8Array', 'isUint8ClampedArray', 'isUint16Array',
  'isUint32Array', 'isInt8Array', 'isInt16Array', 'isInt32Array', 'isFloat32Array',
  'isFloat64Array', 'isBigInt64Array', 'isBigUint64Array'];
console.log(' '.repeat(12), checks.map((c, i) => String.fromCharCode(65 + i)).join(''));
for (const name of Object.keys(values)) {
  console.log(name.padEnd(12), checks.map((c) => (types[c](values[name]) ? 1 : 0)).join(''));
}
