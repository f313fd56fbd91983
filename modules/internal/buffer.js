'use strict';
// Internals shared by buffer, string_decoder and internal/encoding:
//  - `codec`: every hot encoding / decoding / search / compare loop, the
//    host functions of internalBinding('buffer') (contracts below);
//  - FastBuffer (the class behind every Buffer) and the numeric read/write
//    methods of Buffer.prototype;
//  - encoding-name normalisation and argument validation helpers.

const binding = internalBinding('buffer');
const { codes } = require('internal/errors');
const { validateNumber, validateInteger, validateString } = require('internal/validators');

let utilInspect = null;
function inspect(v, opts) {
  if (utilInspect === null) utilInspect = require('util').inspect;
  return utilInspect(v, opts);
}

// An error with a fixed message, as Node's C++ layer throws them.
function plainError(Base, code, message) {
  const err = new Base(message);
  Object.defineProperty(err, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  Object.defineProperty(err, 'toString', {
    value() { return `${this.name} [${code}]: ${this.message}`; },
    enumerable: false, writable: true, configurable: true,
  });
  return err;
}

const { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_BUFFER_OUT_OF_BOUNDS } = codes;

const kMaxLength = 2 ** 32;
const kStringMaxLength = 2 ** 29 - 24;

function validateOffset(value, name, min = 0, max = kMaxLength) {
  validateInteger(value, name, min, max);
}

// ---------------------------------------------------------------------------
// Type checks.

const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const getTypedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayProto, Symbol.toStringTag).get;
const getByteLengthAB = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
let getByteLengthSAB = null;
if (typeof SharedArrayBuffer === 'function') {
  getByteLengthSAB = Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get;
}

function isUint8Array(v) { return getTypedArrayTag.call(v) === 'Uint8Array'; }
function isTypedArray(v) { return getTypedArrayTag.call(v) !== undefined; }
function isArrayBuffer(v) {
  if (typeof v !== 'object' || v === null) return false;
  try { getByteLengthAB.call(v); return true; } catch { return false; }
}
function isSharedArrayBuffer(v) {
  if (getByteLengthSAB === null || typeof v !== 'object' || v === null) return false;
  try { getByteLengthSAB.call(v); return true; } catch { return false; }
}
function isAnyArrayBuffer(v) { return isArrayBuffer(v) || isSharedArrayBuffer(v); }

// ---------------------------------------------------------------------------
// Encoding names.

function slowNormalize(enc) {
  switch (enc.length) {
    case 3: if (enc === 'hex' || enc.toLowerCase() === 'hex') return 'hex'; break;
    case 4:
      if (enc === 'utf8') return 'utf8';
      if (enc === 'ucs2') return 'utf16le';
      enc = enc.toLowerCase();
      if (enc === 'utf8') return 'utf8';
      if (enc === 'ucs2') return 'utf16le';
      break;
    case 5:
      if (enc === 'utf-8') return 'utf8';
      if (enc === 'ascii') return 'ascii';
      if (enc === 'ucs-2') return 'utf16le';
      enc = enc.toLowerCase();
      if (enc === 'utf-8') return 'utf8';
      if (enc === 'ascii') return 'ascii';
      if (enc === 'ucs-2') return 'utf16le';
      break;
    case 6:
      if (enc === 'base64') return 'base64';
      if (enc === 'latin1' || enc === 'binary') return 'latin1';
      enc = enc.toLowerCase();
      if (enc === 'base64') return 'base64';
      if (enc === 'latin1' || enc === 'binary') return 'latin1';
      break;
    case 7:
      if (enc === 'utf16le' || enc.toLowerCase() === 'utf16le') return 'utf16le';
      break;
    case 8:
      if (enc === 'utf-16le' || enc.toLowerCase() === 'utf-16le') return 'utf16le';
      break;
    case 9:
      if (enc === 'base64url' || enc.toLowerCase() === 'base64url') return 'base64url';
      break;
    default:
      if (enc === '') return 'utf8';
  }
  return undefined;
}

// Node's normalizeEncoding: undefined/null/'' -> 'utf8'; unknown -> undefined.
function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  return slowNormalize(typeof enc === 'string' ? enc : `${enc}`);
}

// ---------------------------------------------------------------------------
// codec: the hot loops.

function base64ByteLength(str, bytes) {
  if (bytes > 0 && str.charCodeAt(bytes - 1) === 0x3d) bytes--;
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3d) bytes--;
  return (bytes * 3) >>> 2;
}

// Every hot encoding, decoding, search and compare loop is the 'buffer'
// binding's (host/binding_buffer.go), run over the bytes in place.
// Contracts (all positions are integers already clamped to the buffer):
//   xxxWrite(buf: Uint8Array, str: string, offset, maxLength) -> bytes written
//     (never a partial character; offset <= buf.length; maxLength >= 0)
//   xxxSlice(buf: Uint8Array, start, end) -> string   (0 <= start <= end <= length)
//   byteLengthUtf8(str) -> number of UTF-8 bytes (lone surrogates count 3)
//   indexOf(buf, needle: Uint8Array, byteOffset, dir: boolean) -> index | -1
//   indexOfUcs2: same, 16-bit unit aligned
//   compare(a: Uint8Array, b: Uint8Array) -> -1 | 0 | 1
//   isUtf8 / isAscii(buf, start, end) -> boolean
const codec = {};
for (const name of ['utf8Write', 'utf8Slice', 'byteLengthUtf8', 'latin1Write', 'latin1Slice',
  'asciiWrite', 'asciiSlice', 'ucs2Write', 'ucs2Slice', 'hexWrite', 'hexSlice', 'base64Write',
  'base64urlWrite', 'base64Slice', 'base64urlSlice', 'indexOf', 'indexOfUcs2', 'compare',
  'isUtf8', 'isAscii']) {
  codec[name] = binding[name];
}

// ---------------------------------------------------------------------------
// FastBuffer.

class FastBuffer extends Uint8Array {
  // eslint-disable-next-line no-useless-constructor
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

// ---------------------------------------------------------------------------
// Numeric accessors.

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type || 'offset');
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

function checkBounds(buf, offset, byteLength) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + byteLength] === undefined) {
    boundsError(offset, buf.length - (byteLength + 1));
  }
}

function checkInt(value, min, max, buf, offset, byteLength) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (byteLength > 3) {
      if (min === 0 || min === 0n) {
        range = `>= 0${n} and < 2${n} ** ${(byteLength + 1) * 8}${n}`;
      } else {
        range = `>= -(2${n} ** ${(byteLength + 1) * 8 - 1}${n}) and < 2${n} ** ${(byteLength + 1) * 8 - 1}${n}`;
      }
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw new ERR_OUT_OF_RANGE('value', range, value);
  }
  checkBounds(buf, offset, byteLength);
}

const f32 = new Float32Array(1);
const f32u8 = new Uint8Array(f32.buffer);
const f64 = new Float64Array(1);
const f64u8 = new Uint8Array(f64.buffer);
const bigEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 0;

// Reads.
function readUInt8(offset = 0) {
  validateNumber(offset, 'offset');
  const v = this[offset];
  if (v === undefined) boundsError(offset, this.length - 1);
  return v;
}
function readInt8(offset = 0) {
  validateNumber(offset, 'offset');
  const v = this[offset];
  if (v === undefined) boundsError(offset, this.length - 1);
  return v | ((v & 0x80) * 0x1fffffe);
}
function readUInt16LE(offset = 0) {
  validateNumber(offset, 'offset');
  const a = this[offset]; const b = this[offset + 1];
  if (a === undefined || b === undefined) boundsError(offset, this.length - 2);
  return a + b * 256;
}
function readUInt16BE(offset = 0) {
  validateNumber(offset, 'offset');
  const a = this[offset]; const b = this[offset + 1];
  if (a === undefined || b === undefined) boundsError(offset, this.length - 2);
  return a * 256 + b;
}
function readInt16LE(offset = 0) {
  const v = readUInt16LE.call(this, offset);
  return v | ((v & 0x8000) * 0x1fffe);
}
function readInt16BE(offset = 0) {
  const v = readUInt16BE.call(this, offset);
  return v | ((v & 0x8000) * 0x1fffe);
}
function readUInt24LE(buf, offset) {
  validateNumber(offset, 'offset');
  const a = buf[offset]; const c = buf[offset + 2];
  if (a === undefined || c === undefined) boundsError(offset, buf.length - 3);
  return a + buf[offset + 1] * 0x100 + c * 0x10000;
}
function readUInt24BE(buf, offset) {
  validateNumber(offset, 'offset');
  const a = buf[offset]; const c = buf[offset + 2];
  if (a === undefined || c === undefined) boundsError(offset, buf.length - 3);
  return a * 0x10000 + buf[offset + 1] * 0x100 + c;
}
function readUInt32LE(offset = 0) {
  validateNumber(offset, 'offset');
  const a = this[offset]; const d = this[offset + 3];
  if (a === undefined || d === undefined) boundsError(offset, this.length - 4);
  return a + this[offset + 1] * 0x100 + this[offset + 2] * 0x10000 + d * 0x1000000;
}
function readUInt32BE(offset = 0) {
  validateNumber(offset, 'offset');
  const a = this[offset]; const d = this[offset + 3];
  if (a === undefined || d === undefined) boundsError(offset, this.length - 4);
  return a * 0x1000000 + this[offset + 1] * 0x10000 + this[offset + 2] * 0x100 + d;
}
function readInt32LE(offset = 0) {
  validateNumber(offset, 'offset');
  const a = this[offset]; const d = this[offset + 3];
  if (a === undefined || d === undefined) boundsError(offset, this.length - 4);
  return a + this[offset + 1] * 0x100 + this[offset + 2] * 0x10000 + (d << 24);
}
function readInt32BE(offset = 0) {
  validateNumber(offset, 'offset');
  const a = this[offset]; const d = this[offset + 3];
  if (a === undefined || d === undefined) boundsError(offset, this.length - 4);
  return (a << 24) + this[offset + 1] * 0x10000 + this[offset + 2] * 0x100 + d;
}
function readUIntNLE(buf, offset, n) {
  validateNumber(offset, 'offset');
  const a = buf[offset]; const z = buf[offset + n - 1];
  if (a === undefined || z === undefined) boundsError(offset, buf.length - n);
  let v = 0;
  let mul = 1;
  for (let i = 0; i < n; i++) { v += buf[offset + i] * mul; mul *= 256; }
  return v;
}
function readUIntNBE(buf, offset, n) {
  validateNumber(offset, 'offset');
  const a = buf[offset]; const z = buf[offset + n - 1];
  if (a === undefined || z === undefined) boundsError(offset, buf.length - n);
  let v = 0;
  for (let i = 0; i < n; i++) v = v * 256 + buf[offset + i];
  return v;
}
function toSigned(v, n) {
  const lim = 2 ** (8 * n - 1);
  return v >= lim ? v - 2 * lim : v;
}
function readUIntLE(offset, byteLength) {
  // offset has no default when the length is given (as in Node)
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength === undefined) throw new ERR_INVALID_ARG_TYPE('byteLength', 'number', byteLength);
  if (byteLength === 4) return readUInt32LE.call(this, offset);
  if (byteLength === 2) return readUInt16LE.call(this, offset);
  if (byteLength === 1) return readUInt8.call(this, offset);
  if (byteLength === 3 || byteLength === 5 || byteLength === 6) return readUIntNLE(this, offset, byteLength);
  return boundsError(byteLength, 6, 'byteLength');
}
function readUIntBE(offset, byteLength) {
  // offset has no default when the length is given (as in Node)
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength === undefined) throw new ERR_INVALID_ARG_TYPE('byteLength', 'number', byteLength);
  if (byteLength === 4) return readUInt32BE.call(this, offset);
  if (byteLength === 2) return readUInt16BE.call(this, offset);
  if (byteLength === 1) return readUInt8.call(this, offset);
  if (byteLength === 3 || byteLength === 5 || byteLength === 6) return readUIntNBE(this, offset, byteLength);
  return boundsError(byteLength, 6, 'byteLength');
}
function readIntLE(offset, byteLength) {
  // offset has no default when the length is given (as in Node)
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength === undefined) throw new ERR_INVALID_ARG_TYPE('byteLength', 'number', byteLength);
  if (byteLength === 4) return readInt32LE.call(this, offset);
  if (byteLength === 2) return readInt16LE.call(this, offset);
  if (byteLength === 1) return readInt8.call(this, offset);
  if (byteLength === 3 || byteLength === 5 || byteLength === 6) {
    return toSigned(readUIntNLE(this, offset, byteLength), byteLength);
  }
  return boundsError(byteLength, 6, 'byteLength');
}
function readIntBE(offset, byteLength) {
  // offset has no default when the length is given (as in Node)
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength === undefined) throw new ERR_INVALID_ARG_TYPE('byteLength', 'number', byteLength);
  if (byteLength === 4) return readInt32BE.call(this, offset);
  if (byteLength === 2) return readInt16BE.call(this, offset);
  if (byteLength === 1) return readInt8.call(this, offset);
  if (byteLength === 3 || byteLength === 5 || byteLength === 6) {
    return toSigned(readUIntNBE(this, offset, byteLength), byteLength);
  }
  return boundsError(byteLength, 6, 'byteLength');
}

function readFloatGeneric(buf, offset, little) {
  validateNumber(offset, 'offset');
  const a = buf[offset]; const d = buf[offset + 3];
  if (a === undefined || d === undefined) boundsError(offset, buf.length - 4);
  if (little !== bigEndian) {
    f32u8[0] = a; f32u8[1] = buf[offset + 1]; f32u8[2] = buf[offset + 2]; f32u8[3] = d;
  } else {
    f32u8[3] = a; f32u8[2] = buf[offset + 1]; f32u8[1] = buf[offset + 2]; f32u8[0] = d;
  }
  return f32[0];
}
function readDoubleGeneric(buf, offset, little) {
  validateNumber(offset, 'offset');
  const a = buf[offset]; const h = buf[offset + 7];
  if (a === undefined || h === undefined) boundsError(offset, buf.length - 8);
  if (little !== bigEndian) {
    for (let i = 0; i < 8; i++) f64u8[i] = buf[offset + i];
  } else {
    for (let i = 0; i < 8; i++) f64u8[7 - i] = buf[offset + i];
  }
  return f64[0];
}
function readFloatLE(offset = 0) { return readFloatGeneric(this, offset, true); }
function readFloatBE(offset = 0) { return readFloatGeneric(this, offset, false); }
function readDoubleLE(offset = 0) { return readDoubleGeneric(this, offset, true); }
function readDoubleBE(offset = 0) { return readDoubleGeneric(this, offset, false); }

function read64Parts(buf, offset) {
  validateNumber(offset, 'offset');
  const a = buf[offset]; const h = buf[offset + 7];
  if (a === undefined || h === undefined) boundsError(offset, buf.length - 8);
}
function readBigUInt64LE(offset = 0) {
  read64Parts(this, offset);
  const lo = this[offset] + this[offset + 1] * 0x100 + this[offset + 2] * 0x10000 + this[offset + 3] * 0x1000000;
  const hi = this[offset + 4] + this[offset + 5] * 0x100 + this[offset + 6] * 0x10000 + this[offset + 7] * 0x1000000;
  return BigInt(lo) + (BigInt(hi) << 32n);
}
function readBigUInt64BE(offset = 0) {
  read64Parts(this, offset);
  const hi = this[offset] * 0x1000000 + this[offset + 1] * 0x10000 + this[offset + 2] * 0x100 + this[offset + 3];
  const lo = this[offset + 4] * 0x1000000 + this[offset + 5] * 0x10000 + this[offset + 6] * 0x100 + this[offset + 7];
  return (BigInt(hi) << 32n) + BigInt(lo);
}
function readBigInt64LE(offset = 0) {
  read64Parts(this, offset);
  const lo = this[offset] + this[offset + 1] * 0x100 + this[offset + 2] * 0x10000 + this[offset + 3] * 0x1000000;
  const hi = this[offset + 4] + this[offset + 5] * 0x100 + this[offset + 6] * 0x10000 + (this[offset + 7] << 24);
  return (BigInt(hi) << 32n) + BigInt(lo);
}
function readBigInt64BE(offset = 0) {
  read64Parts(this, offset);
  const hi = (this[offset] << 24) + this[offset + 1] * 0x10000 + this[offset + 2] * 0x100 + this[offset + 3];
  const lo = this[offset + 4] * 0x1000000 + this[offset + 5] * 0x10000 + this[offset + 6] * 0x100 + this[offset + 7];
  return (BigInt(hi) << 32n) + BigInt(lo);
}

// Writes.
function writeU_Int8(buf, value, offset, min, max) {
  value = +value;
  validateNumber(offset, 'offset');
  if (value > max || value < min) throw new ERR_OUT_OF_RANGE('value', `>= ${min} and <= ${max}`, value);
  if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
  buf[offset] = value;
  return offset + 1;
}
function writeLE(buf, value, offset, n, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, n - 1);
  if (n <= 4) {
    for (let i = 0; i < n; i++) { buf[offset + i] = value; value >>>= 8; }
  } else {
    let lo = value % 0x100000000;
    let hi = Math.floor(value / 0x100000000);
    if (lo < 0) { lo += 0x100000000; }
    for (let i = 0; i < 4; i++) { buf[offset + i] = lo; lo >>>= 8; }
    for (let i = 4; i < n; i++) { buf[offset + i] = hi; hi >>= 8; }
  }
  return offset + n;
}
function writeBE(buf, value, offset, n, min, max) {
  value = +value;
  checkInt(value, min, max, buf, offset, n - 1);
  if (n <= 4) {
    for (let i = n - 1; i >= 0; i--) { buf[offset + i] = value; value >>>= 8; }
  } else {
    let lo = value % 0x100000000;
    let hi = Math.floor(value / 0x100000000);
    if (lo < 0) { lo += 0x100000000; }
    for (let i = n - 1; i >= n - 4; i--) { buf[offset + i] = lo; lo >>>= 8; }
    for (let i = n - 5; i >= 0; i--) { buf[offset + i] = hi; hi >>= 8; }
  }
  return offset + n;
}
function writeUInt8(value, offset = 0) { return writeU_Int8(this, value, offset, 0, 0xff); }
function writeInt8(value, offset = 0) { return writeU_Int8(this, value, offset, -0x80, 0x7f); }
function writeUInt16LE(value, offset = 0) { return writeLE(this, value, offset, 2, 0, 0xffff); }
function writeUInt16BE(value, offset = 0) { return writeBE(this, value, offset, 2, 0, 0xffff); }
function writeInt16LE(value, offset = 0) { return writeLE(this, value, offset, 2, -0x8000, 0x7fff); }
function writeInt16BE(value, offset = 0) { return writeBE(this, value, offset, 2, -0x8000, 0x7fff); }
function writeUInt32LE(value, offset = 0) { return writeLE(this, value, offset, 4, 0, 0xffffffff); }
function writeUInt32BE(value, offset = 0) { return writeBE(this, value, offset, 4, 0, 0xffffffff); }
function writeInt32LE(value, offset = 0) { return writeLE(this, value, offset, 4, -0x80000000, 0x7fffffff); }
function writeInt32BE(value, offset = 0) { return writeBE(this, value, offset, 4, -0x80000000, 0x7fffffff); }

const uintMax = [0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff];
function writeUIntLE(value, offset, byteLength) {
  if (byteLength === 1) return writeU_Int8(this, value, offset, 0, 0xff);
  if (byteLength >= 2 && byteLength <= 6 && Number.isInteger(byteLength)) {
    return writeLE(this, value, offset, byteLength, 0, uintMax[byteLength]);
  }
  return boundsError(byteLength, 6, 'byteLength');
}
function writeUIntBE(value, offset, byteLength) {
  if (byteLength === 1) return writeU_Int8(this, value, offset, 0, 0xff);
  if (byteLength >= 2 && byteLength <= 6 && Number.isInteger(byteLength)) {
    return writeBE(this, value, offset, byteLength, 0, uintMax[byteLength]);
  }
  return boundsError(byteLength, 6, 'byteLength');
}
function writeIntLE(value, offset, byteLength) {
  if (byteLength === 1) return writeU_Int8(this, value, offset, -0x80, 0x7f);
  if (byteLength >= 2 && byteLength <= 6 && Number.isInteger(byteLength)) {
    const lim = 2 ** (8 * byteLength - 1);
    return writeLE(this, value, offset, byteLength, -lim, lim - 1);
  }
  return boundsError(byteLength, 6, 'byteLength');
}
function writeIntBE(value, offset, byteLength) {
  if (byteLength === 1) return writeU_Int8(this, value, offset, -0x80, 0x7f);
  if (byteLength >= 2 && byteLength <= 6 && Number.isInteger(byteLength)) {
    const lim = 2 ** (8 * byteLength - 1);
    return writeBE(this, value, offset, byteLength, -lim, lim - 1);
  }
  return boundsError(byteLength, 6, 'byteLength');
}

function writeFloatGeneric(buf, value, offset, little) {
  value = +value;
  checkBounds(buf, offset, 3);
  f32[0] = value;
  if (little !== bigEndian) {
    buf[offset] = f32u8[0]; buf[offset + 1] = f32u8[1]; buf[offset + 2] = f32u8[2]; buf[offset + 3] = f32u8[3];
  } else {
    buf[offset] = f32u8[3]; buf[offset + 1] = f32u8[2]; buf[offset + 2] = f32u8[1]; buf[offset + 3] = f32u8[0];
  }
  return offset + 4;
}
function writeDoubleGeneric(buf, value, offset, little) {
  value = +value;
  checkBounds(buf, offset, 7);
  f64[0] = value;
  if (little !== bigEndian) {
    for (let i = 0; i < 8; i++) buf[offset + i] = f64u8[i];
  } else {
    for (let i = 0; i < 8; i++) buf[offset + i] = f64u8[7 - i];
  }
  return offset + 8;
}
function writeFloatLE(value, offset = 0) { return writeFloatGeneric(this, value, offset, true); }
function writeFloatBE(value, offset = 0) { return writeFloatGeneric(this, value, offset, false); }
function writeDoubleLE(value, offset = 0) { return writeDoubleGeneric(this, value, offset, true); }
function writeDoubleBE(value, offset = 0) { return writeDoubleGeneric(this, value, offset, false); }

function writeBig64(buf, value, offset, min, max, little) {
  checkInt(value, min, max, buf, offset, 7);
  let lo = Number(value & 0xffffffffn);
  let hi = Number((value >> 32n) & 0xffffffffn);
  if (little) {
    for (let i = 0; i < 4; i++) { buf[offset + i] = lo; lo >>>= 8; }
    for (let i = 4; i < 8; i++) { buf[offset + i] = hi; hi >>>= 8; }
  } else {
    for (let i = 7; i >= 4; i--) { buf[offset + i] = lo; lo >>>= 8; }
    for (let i = 3; i >= 0; i--) { buf[offset + i] = hi; hi >>>= 8; }
  }
  return offset + 8;
}
const U64MAX = 0xffffffffffffffffn;
const I64MIN = -(2n ** 63n);
const I64MAX = 2n ** 63n - 1n;
function writeBigUInt64LE(value, offset = 0) { return writeBig64(this, value, offset, 0n, U64MAX, true); }
function writeBigUInt64BE(value, offset = 0) { return writeBig64(this, value, offset, 0n, U64MAX, false); }
function writeBigInt64LE(value, offset = 0) { return writeBig64(this, value, offset, I64MIN, I64MAX, true); }
function writeBigInt64BE(value, offset = 0) { return writeBig64(this, value, offset, I64MIN, I64MAX, false); }

function addNumericMethods(proto) {
  const methods = {
    readBigUInt64LE, readBigUInt64BE, readBigUint64LE: readBigUInt64LE, readBigUint64BE: readBigUInt64BE,
    readBigInt64LE, readBigInt64BE,
    writeBigUInt64LE, writeBigUInt64BE, writeBigUint64LE: writeBigUInt64LE, writeBigUint64BE: writeBigUInt64BE,
    writeBigInt64LE, writeBigInt64BE,
    readUIntLE, readUInt32LE, readUInt16LE, readUInt8, readUIntBE, readUInt32BE, readUInt16BE,
    readUintLE: readUIntLE, readUint32LE: readUInt32LE, readUint16LE: readUInt16LE, readUint8: readUInt8,
    readUintBE: readUIntBE, readUint32BE: readUInt32BE, readUint16BE: readUInt16BE,
    readIntLE, readInt32LE, readInt16LE, readInt8, readIntBE, readInt32BE, readInt16BE,
    writeUIntLE, writeUInt32LE, writeUInt16LE, writeUInt8, writeUIntBE, writeUInt32BE, writeUInt16BE,
    writeUintLE: writeUIntLE, writeUint32LE: writeUInt32LE, writeUint16LE: writeUInt16LE, writeUint8: writeUInt8,
    writeUintBE: writeUIntBE, writeUint32BE: writeUInt32BE, writeUint16BE: writeUInt16BE,
    writeIntLE, writeInt32LE, writeInt16LE, writeInt8, writeIntBE, writeInt32BE, writeInt16BE,
    readFloatLE, readFloatBE, readDoubleLE, readDoubleBE,
    writeFloatLE, writeFloatBE, writeDoubleLE, writeDoubleBE,
  };
  for (const name of Object.keys(methods)) {
    Object.defineProperty(proto, name, {
      value: methods[name], writable: true, enumerable: true, configurable: true,
    });
  }
}

module.exports = {
  binding,
  codec,
  codes,
  plainError,
  FastBuffer,
  addNumericMethods,
  normalizeEncoding,
  base64ByteLength,
  kMaxLength,
  kStringMaxLength,
  validateNumber,
  validateOffset,
  validateInteger,
  validateString,
  isUint8Array,
  isTypedArray,
  isArrayBuffer,
  isSharedArrayBuffer,
  isAnyArrayBuffer,
  inspect,
};
