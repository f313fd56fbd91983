'use strict';
// node:buffer — Buffer (a Uint8Array subclass with Node's 8 KiB pool), Blob,
// File, atob/btoa, transcode, isUtf8/isAscii.

const {
  codec,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_UNKNOWN_ENCODING,
    ERR_INVALID_BUFFER_SIZE,
    ERR_MISSING_ARGS,
    ERR_INVALID_THIS,
    ERR_INVALID_STATE,
    ERR_METHOD_NOT_IMPLEMENTED,
  },
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
  isAnyArrayBuffer,
  inspect,
} = require('internal/buffer');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const TypedArrayFill = TypedArrayProto.fill;
const TypedArraySet = TypedArrayProto.set;
const u8IndexOf = Uint8Array.prototype.indexOf;
const u8LastIndexOf = Uint8Array.prototype.lastIndexOf;

let INSPECT_MAX_BYTES = 50;

// ---------------------------------------------------------------------------
// Pool.

let poolSize;
let poolOffset;
let allocPool;

function createPool() {
  poolSize = Buffer.poolSize;
  allocPool = new ArrayBuffer(poolSize);
  poolOffset = 0;
}

function alignPool() {
  if (poolOffset & 0x7) {
    poolOffset |= 0x7;
    poolOffset++;
  }
}

function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) {
    if (size > (poolSize - poolOffset)) createPool();
    const b = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return b;
  }
  return new FastBuffer(size);
}

// ---------------------------------------------------------------------------
// Encoding operations.

function fromStringFast(string, ops) {
  const length = ops.byteLength(string);
  if (length >= (Buffer.poolSize >>> 1)) {
    const b = new FastBuffer(length);
    const actual = ops.write(b, string, 0, length);
    if (actual !== length) return new FastBuffer(b.buffer.slice(0, actual));
    return b;
  }
  if (length > (poolSize - poolOffset)) createPool();
  let b = new FastBuffer(allocPool, poolOffset, length);
  const actual = ops.write(b, string, 0, length);
  if (actual !== length) b = new FastBuffer(allocPool, poolOffset, actual);
  poolOffset += actual;
  alignPool();
  return b;
}

function indexOfOffset(length, offset, needleLength, isForward) {
  offset = Math.trunc(offset);
  if (offset < 0) {
    if (offset + length >= 0) return length + offset;
    if (isForward || needleLength === 0) return 0;
    return -1;
  }
  if (offset + needleLength <= length) return offset;
  if (needleLength === 0) return length;
  if (isForward) return -1;
  return length - 1;
}

function indexOfBytes(buf, needle, byteOffset, dir, ucs2, ucs2BufferNeedle) {
  const hlen = buf.length;
  const nlen = needle.length;
  const off = indexOfOffset(hlen, byteOffset, nlen, dir);
  if (nlen === 0) return off;
  if (hlen === 0 || off <= -1) return -1;
  if ((dir && nlen + off > hlen) || nlen > hlen) return -1;
  if (ucs2) {
    if (hlen < 2 || nlen < 2) return -1;
    const r = codec.indexOfUcs2(buf, needle, off, dir);
    // Node reports a miss in an odd-length haystack searched with a Buffer
    // needle as the haystack's even length.
    if (r === -1 && ucs2BufferNeedle && (hlen & 1) === 1) return hlen - 1;
    return r;
  }
  return codec.indexOf(buf, needle, off, dir);
}

// Needles are encoded the way V8 serialises strings for search: lone
// surrogates become their 3-byte generalized UTF-8 form (not U+FFFD).
function utf8Needle(str) {
  let hasSurrogate = false;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) { hasSurrogate = true; break; }
  }
  if (!hasSurrogate) return encodeForSearch(str, codec.utf8Write, codec.byteLengthUtf8);
  const out = [];
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
        i++;
        continue;
      }
    }
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
    else out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  }
  return new Uint8Array(out);
}

function encodeForSearch(str, write, byteLength) {
  const n = byteLength(str);
  const b = new Uint8Array(n);
  write(b, str, 0, n);
  return b;
}

const encodingOps = {
  utf8: {
    encoding: 'utf8',
    encodingVal: 1,
    byteLength: (s) => codec.byteLengthUtf8(s),
    write: (buf, s, off, len) => codec.utf8Write(buf, s, off, len),
    slice: (buf, start, end) => codec.utf8Slice(buf, start, end),
    indexOf: (buf, val, off, dir) =>
      indexOfBytes(buf, utf8Needle(val), off, dir, false),
  },
  utf16le: {
    encoding: 'utf16le',
    encodingVal: 3,
    byteLength: (s) => s.length * 2,
    write: (buf, s, off, len) => codec.ucs2Write(buf, s, off, len),
    slice: (buf, start, end) => codec.ucs2Slice(buf, start, end),
    indexOf: (buf, val, off, dir) =>
      indexOfBytes(buf, encodeForSearch(val, codec.ucs2Write, (s) => s.length * 2), off, dir, true),
  },
  latin1: {
    encoding: 'latin1',
    encodingVal: 4,
    byteLength: (s) => s.length,
    write: (buf, s, off, len) => codec.latin1Write(buf, s, off, len),
    slice: (buf, start, end) => codec.latin1Slice(buf, start, end),
    indexOf: (buf, val, off, dir) =>
      indexOfBytes(buf, encodeForSearch(val, codec.latin1Write, (s) => s.length), off, dir, false),
  },
  ascii: {
    encoding: 'ascii',
    encodingVal: 0,
    byteLength: (s) => s.length,
    write: (buf, s, off, len) => codec.asciiWrite(buf, s, off, len),
    slice: (buf, start, end) => codec.asciiSlice(buf, start, end),
    indexOf: (buf, val, off, dir) =>
      indexOfBytes(buf, fromStringFast(val, encodingOps.ascii), off, dir, false),
  },
  base64: {
    encoding: 'base64',
    encodingVal: 2,
    byteLength: (s) => base64ByteLength(s, s.length),
    write: (buf, s, off, len) => codec.base64Write(buf, s, off, len),
    slice: (buf, start, end) => codec.base64Slice(buf, start, end),
    indexOf: (buf, val, off, dir) =>
      indexOfBytes(buf, fromStringFast(val, encodingOps.base64), off, dir, false),
  },
  base64url: {
    encoding: 'base64url',
    encodingVal: 7,
    byteLength: (s) => base64ByteLength(s, s.length),
    write: (buf, s, off, len) => codec.base64urlWrite(buf, s, off, len),
    slice: (buf, start, end) => codec.base64urlSlice(buf, start, end),
    indexOf: (buf, val, off, dir) =>
      indexOfBytes(buf, fromStringFast(val, encodingOps.base64url), off, dir, false),
  },
  hex: {
    encoding: 'hex',
    encodingVal: 5,
    byteLength: (s) => s.length >>> 1,
    write: (buf, s, off, len) => codec.hexWrite(buf, s, off, len),
    slice: (buf, start, end) => codec.hexSlice(buf, start, end),
    indexOf: (buf, val, off, dir) =>
      indexOfBytes(buf, fromStringFast(val, encodingOps.hex), off, dir, false),
  },
};

function getEncodingOps(encoding) {
  encoding = `${encoding}`;
  if (encoding.length === 0) return undefined;
  const n = normalizeEncoding(encoding);
  return n === undefined ? undefined : encodingOps[n];
}

// ---------------------------------------------------------------------------
// Buffer.

function showFlaggedDeprecation() {}

function Buffer(arg, encodingOrOffset, length) {
  showFlaggedDeprecation();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.defineProperty(Buffer, Symbol.species, {
  __proto__: null,
  enumerable: false,
  configurable: true,
  get() { return FastBuffer; },
});

FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;
Object.setPrototypeOf(Buffer, Uint8Array);
addNumericMethods(Buffer.prototype);

Buffer.poolSize = 8 * 1024;
createPool();

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromArrayLike(obj) {
  if (obj.length <= 0) return new FastBuffer();
  if (obj.length < (Buffer.poolSize >>> 1)) {
    if (obj.length > (poolSize - poolOffset)) createPool();
    const b = new FastBuffer(allocPool, poolOffset, obj.length);
    TypedArraySet.call(b, obj, 0);
    poolOffset += obj.length;
    alignPool();
    return b;
  }
  const b = new FastBuffer(obj.length);
  TypedArraySet.call(b, obj, 0);
  return b;
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

function fromString(string, encoding) {
  let ops;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    if (string.length === 0) return new FastBuffer();
    ops = encodingOps.utf8;
  } else {
    ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    if (string.length === 0) return new FastBuffer();
  }
  return fromStringFast(string, ops);
}

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw new ERR_INVALID_ARG_TYPE('first argument',
    ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  const viewLength = view.length;
  if (viewLength === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return Buffer.alloc(0);
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = TypedArrayProto.slice.call(view, offset, end);
  }
  return fromArrayLike(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
};

Buffer.of = function of(...items) {
  const b = new FastBuffer(items.length);
  for (let k = 0; k < items.length; k++) b[k] = items[k];
  return b;
};

Buffer.alloc = function alloc(size, fill, encoding) {
  validateNumber(size, 'size', 0, kMaxLength);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = new FastBuffer(size);
    return _fill(buf, fill, 0, buf.length, encoding);
  }
  return new FastBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return new FastBuffer(size);
};

function SlowBuffer(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return new FastBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return codec.compare(buf1, buf2);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 &&
    normalizeEncoding(encoding) !== undefined;
};
Buffer[Symbol.for('kIsEncodingSymbol')] = Buffer.isEncoding;

function _copyActual(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.length - targetStart) {
    sourceEnd = sourceStart + target.length - targetStart;
  }
  let nb = sourceEnd - sourceStart;
  const sourceLen = source.length - sourceStart;
  if (nb > sourceLen) nb = sourceLen;
  if (nb <= 0) return 0;
  if (sourceStart !== 0 || sourceEnd < source.length) {
    source = new Uint8Array(source.buffer, source.byteOffset + sourceStart, nb);
  }
  TypedArraySet.call(target, source, targetStart);
  return nb;
}

Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list)) throw new ERR_INVALID_ARG_TYPE('list', 'Array', list);
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }
  const buffer = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) {
      throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    }
    pos += _copyActual(buf, buffer, pos, 0, buf.length);
  }
  if (pos < length) TypedArrayFill.call(buffer, 0, pos, length);
  return buffer;
};

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const len = string.length;
  const mustMatch = arguments.length > 2 && arguments[2] === true;
  if (!mustMatch && len === 0) return 0;
  if (!encoding) return mustMatch ? -1 : codec.byteLengthUtf8(string);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) return mustMatch ? -1 : codec.byteLengthUtf8(string);
  return ops.byteLength(string);
}
Buffer.byteLength = byteLength;

const proto = Buffer.prototype;

Object.defineProperty(proto, 'parent', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.buffer;
  },
});
Object.defineProperty(proto, 'offset', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.byteOffset;
  },
});

// buf.xxxSlice(start, end) / buf.xxxWrite(string, offset, length), as Node
// exposes them on the prototype.
function sliceArgs(buf, start, end) {
  start = start === undefined ? 0 : Math.trunc(+start) || 0;
  end = end === undefined ? buf.length : Math.trunc(+end) || 0;
  if (start < 0) start = 0;
  if (end < start) end = start;
  if (end > buf.length) throw plainError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
  return [start, end];
}
function writeArgs(buf, string, offset, length) {
  if (typeof string !== 'string') {
    throw plainError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
  }
  offset = offset === undefined ? 0 : Math.trunc(+offset) || 0;
  if (offset < 0 || offset > buf.length) {
    throw plainError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', '"offset" is outside of buffer bounds');
  }
  let max = buf.length - offset;
  if (length !== undefined) {
    length = Math.trunc(+length) || 0;
    if (length < 0) length = 0;
    if (length < max) max = length;
  }
  return [offset, max];
}
for (const [name, ops] of [['ascii', 'ascii'], ['base64', 'base64'], ['base64url', 'base64url'],
  ['latin1', 'latin1'], ['hex', 'hex'], ['ucs2', 'utf16le'], ['utf8', 'utf8']]) {
  const o = encodingOps[ops];
  Object.defineProperty(proto, `${name}Slice`, {
    __proto__: null, writable: true, enumerable: true, configurable: true,
    value: { [`${name}Slice`](start, end) {
      const [s, e] = sliceArgs(this, start, end);
      return o.slice(this, s, e);
    } }[`${name}Slice`],
  });
  Object.defineProperty(proto, `${name}Write`, {
    __proto__: null, writable: true, enumerable: true, configurable: true,
    value: { [`${name}Write`](string, offset, length) {
      const [off, max] = writeArgs(this, string, offset, length);
      return o.write(this, string, off, max);
    } }[`${name}Write`],
  });
}

function defineMethods(target, methods) {
  for (const name of Object.keys(methods)) {
    Object.defineProperty(target, name, {
      __proto__: null, value: methods[name], writable: true, enumerable: true, configurable: true,
    });
  }
}

function utf8SliceAll(buf) { return codec.utf8Slice(buf, 0, buf.length); }

function _fill(buf, value, offset, end, encoding) {
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    const normalizedEncoding = normalizeEncoding(encoding);
    if (normalizedEncoding === undefined) {
      validateString(encoding, 'encoding');
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      if (normalizedEncoding === 'utf8') {
        const code = value.charCodeAt(0);
        if (code < 128) value = code;
      } else if (normalizedEncoding === 'latin1') {
        value = value.charCodeAt(0);
      }
    }
    encoding = normalizedEncoding;
  } else {
    encoding = undefined;
  }

  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) {
      end = buf.length;
    } else {
      validateOffset(end, 'end', 0, buf.length);
    }
    if (offset >= end) return buf;
  }

  if (typeof value === 'number') {
    if (offset > end || end > buf.length) throw new ERR_BUFFER_OUT_OF_BOUNDS();
    TypedArrayFill.call(buf, value & 255, offset, end);
    return buf;
  }

  let bytes;
  if (typeof value === 'string') {
    const ops = encodingOps[encoding];
    const n = ops.byteLength(value);
    bytes = new Uint8Array(n);
    const written = ops.write(bytes, value, 0, n);
    if (written !== n) bytes = bytes.subarray(0, written);
    if (written === 0) throw new ERR_INVALID_ARG_VALUE('value', value);
  } else if (ArrayBuffer.isView(value)) {
    bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    if (bytes.length === 0) throw new ERR_INVALID_ARG_VALUE('value', value);
  } else {
    TypedArrayFill.call(buf, (+value >>> 0) & 255, offset, end);
    return buf;
  }
  if (offset > end || end > buf.length) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  const n = bytes.length;
  if (n === 1) {
    TypedArrayFill.call(buf, bytes[0], offset, end);
    return buf;
  }
  if (bytes.buffer === buf.buffer) bytes = bytes.slice();
  // Write the pattern once, then double the filled region.
  let len = end - offset;
  if (len <= n) {
    TypedArraySet.call(buf, n === len ? bytes : bytes.subarray(0, len), offset);
    return buf;
  }
  TypedArraySet.call(buf, bytes, offset);
  let filled = n;
  while (filled < len) {
    const chunk = filled < len - filled ? filled : len - filled;
    buf.copyWithin(offset + filled, offset, offset + chunk);
    filled += chunk;
  }
  return buf;
}

function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  if (!isUint8Array(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = dir ? 0 : (buffer.length || buffer.byteLength);
  dir = !!dir;

  if (typeof val === 'number') {
    const len = buffer.length;
    const off = indexOfOffset(len, byteOffset, 1, dir);
    if (off <= -1 || len === 0) return -1;
    const byte = (val >>> 0) & 255;
    return dir ? u8IndexOf.call(buffer, byte, off) : u8LastIndexOf.call(buffer, byte, off);
  }

  let ops;
  if (encoding === undefined) ops = encodingOps.utf8;
  else ops = getEncodingOps(encoding);

  if (typeof val === 'string') {
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    return ops.indexOf(buffer, val, byteOffset, dir);
  }
  if (isUint8Array(val)) {
    const ucs2 = ops !== undefined && ops.encodingVal === 3;
    return indexOfBytes(buffer, val, byteOffset, dir, ucs2, true);
  }
  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

function swap(b, n, m) {
  const i = b[n];
  b[n] = b[m];
  b[m] = i;
}

defineMethods(proto, {
  copy(target, targetStart, sourceStart, sourceEnd) {
    return _copy(this, target, targetStart, sourceStart, sourceEnd);
  },

  toString(encoding, start, end) {
    if (arguments.length === 0) return codec.utf8Slice(this, 0, this.length);
    const len = this.length;
    if (start <= 0) start = 0;
    else if (start >= len) return '';
    else start = Math.trunc(start) || 0;
    if (end === undefined || end > len) end = len;
    else end = Math.trunc(end) || 0;
    if (end <= start) return '';
    if (encoding === undefined) return codec.utf8Slice(this, start, end);
    const ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    return ops.slice(this, start, end);
  },

  equals(otherBuffer) {
    if (!isUint8Array(otherBuffer)) {
      throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
    }
    if (this === otherBuffer) return true;
    const len = this.byteLength;
    if (len !== otherBuffer.byteLength) return false;
    return len === 0 || codec.compare(this, otherBuffer) === 0;
  },

  inspect(recurseTimes, ctx) {
    const max = INSPECT_MAX_BYTES;
    const actualMax = Math.min(max, this.length);
    const remaining = this.length - max;
    const hex = codec.hexSlice(this, 0, actualMax);
    let str = '';
    for (let i = 0; i < hex.length; i += 2) {
      if (i) str += ' ';
      str += hex.slice(i, i + 2);
    }
    if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
    if (ctx) {
      let extras = false;
      const obj = { __proto__: null };
      // A typed array lists its indexes first: skip them without a test
      // per byte (inspecting a large Buffer was quadratic-slow).
      const keys = (ctx.showHidden ? Reflect.ownKeys(this) : Object.keys(this)).slice(this.length);
      for (const key of keys) {
        if (typeof key === 'symbol' && !ctx.showHidden &&
            !Object.prototype.propertyIsEnumerable.call(this, key)) continue;
        extras = true;
        obj[key] = this[key];
      }
      if (!ctx.showHidden) {
        for (const sym of Object.getOwnPropertySymbols(this)) {
          if (Object.prototype.propertyIsEnumerable.call(this, sym)) { extras = true; obj[sym] = this[sym]; }
        }
      }
      if (extras) {
        if (this.length !== 0) str += ', ';
        str += inspect(obj, { ...ctx, breakLength: Infinity, compact: true }).slice(27, -2);
      }
    }
    return `<${this.constructor.name} ${str}>`;
  },

  compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
    if (!isUint8Array(target)) {
      throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
    }
    if (arguments.length === 1) return codec.compare(this, target);
    if (targetStart === undefined) targetStart = 0;
    else validateOffset(targetStart, 'targetStart');
    if (targetEnd === undefined) targetEnd = target.length;
    else validateOffset(targetEnd, 'targetEnd', 0, target.length);
    if (sourceStart === undefined) sourceStart = 0;
    else validateOffset(sourceStart, 'sourceStart');
    if (sourceEnd === undefined) sourceEnd = this.length;
    else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
    if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
    if (targetStart >= targetEnd) return 1;
    if (sourceStart > this.length) {
      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${this.length}`, sourceStart);
    }
    if (targetStart > target.length) {
      throw new ERR_OUT_OF_RANGE('targetStart', `>= 0 && <= ${target.length}`, targetStart);
    }
    const a = new Uint8Array(this.buffer, this.byteOffset + sourceStart, sourceEnd - sourceStart);
    const b = new Uint8Array(target.buffer, target.byteOffset + targetStart, targetEnd - targetStart);
    return codec.compare(a, b);
  },

  indexOf(val, byteOffset, encoding) {
    return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
  },

  lastIndexOf(val, byteOffset, encoding) {
    return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
  },

  includes(val, byteOffset, encoding) {
    return this.indexOf(val, byteOffset, encoding) !== -1;
  },

  fill(value, offset, end, encoding) {
    return _fill(this, value, offset, end, encoding);
  },

  write(string, offset, length, encoding) {
    if (offset === undefined) {
      if (typeof string !== 'string') {
        throw plainError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
      }
      return codec.utf8Write(this, string, 0, this.length);
    }
    if (length === undefined && typeof offset === 'string') {
      encoding = offset;
      length = this.length;
      offset = 0;
    } else {
      validateOffset(offset, 'offset', 0, this.length);
      const remaining = this.length - offset;
      if (length === undefined) {
        length = remaining;
      } else if (typeof length === 'string') {
        encoding = length;
        length = remaining;
      } else {
        validateOffset(length, 'length', 0, this.length);
        if (length > remaining) length = remaining;
      }
    }
    let ops;
    if (!encoding || encoding === 'utf8') {
      ops = encodingOps.utf8;
    } else {
      ops = getEncodingOps(encoding);
      if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    if (typeof string !== 'string') {
      throw plainError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
    }
    return ops.write(this, string, offset, length);
  },

  toJSON() {
    if (this.length > 0) {
      const data = new Array(this.length);
      for (let i = 0; i < this.length; ++i) data[i] = this[i];
      return { type: 'Buffer', data };
    }
    return { type: 'Buffer', data: [] };
  },

  subarray(start, end) {
    const srcLength = this.length;
    start = adjustOffset(start, srcLength);
    end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
    const newLength = end > start ? end - start : 0;
    return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
  },

  slice(start, end) {
    return this.subarray(start, end);
  },

  swap16() {
    const len = this.length;
    if (len % 2 !== 0) throw new ERR_INVALID_BUFFER_SIZE('16-bits');
    for (let i = 0; i < len; i += 2) swap(this, i, i + 1);
    return this;
  },

  swap32() {
    const len = this.length;
    if (len % 4 !== 0) throw new ERR_INVALID_BUFFER_SIZE('32-bits');
    for (let i = 0; i < len; i += 4) {
      swap(this, i, i + 3);
      swap(this, i + 1, i + 2);
    }
    return this;
  },

  swap64() {
    const len = this.length;
    if (len % 8 !== 0) throw new ERR_INVALID_BUFFER_SIZE('64-bits');
    for (let i = 0; i < len; i += 8) {
      swap(this, i, i + 7);
      swap(this, i + 1, i + 6);
      swap(this, i + 2, i + 5);
      swap(this, i + 3, i + 4);
    }
    return this;
  },
});
proto.toLocaleString = proto.toString;
Object.defineProperty(proto, customInspectSymbol, {
  __proto__: null, value: proto.inspect, writable: true, enumerable: false, configurable: true,
});

function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0 || offset !== offset) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  if (offset < length) return offset;
  return length;
}

function toInteger(n, defaultVal) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return (n % 1) === 0 ? n : Math.floor(n);
  }
  return defaultVal;
}

function _copy(source, target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = toInteger(targetStart, 0);
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > source.length) {
      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${source.length}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = source.length;
  } else {
    sourceEnd = toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  return _copyActual(source, target, targetStart, sourceStart, sourceEnd);
}

// ---------------------------------------------------------------------------
// atob / btoa.

let DOMExceptionCtor = null;
function lazyDOMException(message, name) {
  if (DOMExceptionCtor === null) {
    if (typeof globalThis.DOMException === 'function') {
      DOMExceptionCtor = globalThis.DOMException;
    } else {
      try { DOMExceptionCtor = require('internal/per_context/domexception').DOMException; } catch {
        DOMExceptionCtor = class DOMException extends Error {
          constructor(msg = '', nm = 'Error') {
            super(msg);
            Object.defineProperty(this, 'name', { value: nm, configurable: true, writable: true });
          }
          get code() { return this.name === 'InvalidCharacterError' ? 5 : 0; }
        };
      }
    }
  }
  return new DOMExceptionCtor(message, name);
}

function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  for (let n = 0; n < input.length; n++) {
    if (input.charCodeAt(n) > 0xff) throw lazyDOMException('Invalid character', 'InvalidCharacterError');
  }
  const buf = fromString(input, 'latin1');
  return codec.base64Slice(buf, 0, buf.length);
}

function isAsciiWhitespace(c) {
  return c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x20;
}

function isBase64Char(c) {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) ||
    c === 0x2b || c === 0x2f;
}

function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  let nonWhitespace = 0;
  let equalCount = 0;
  for (let n = 0; n < input.length; n++) {
    const c = input.charCodeAt(n);
    if (isAsciiWhitespace(c)) continue;
    if (c === 0x3d) {
      nonWhitespace++;
      equalCount++;
    } else if (isBase64Char(c)) {
      nonWhitespace++;
      if (equalCount) throw lazyDOMException('Invalid character', 'InvalidCharacterError');
    } else {
      throw lazyDOMException('Invalid character', 'InvalidCharacterError');
    }
    if (equalCount > 2) throw lazyDOMException('Invalid character', 'InvalidCharacterError');
  }
  let reminder = nonWhitespace % 4;
  if (!reminder) {
    reminder = (nonWhitespace - equalCount) % 4;
  } else if (equalCount) {
    throw lazyDOMException('Invalid character', 'InvalidCharacterError');
  }
  if (reminder === 1) {
    throw lazyDOMException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
  }
  const buf = fromString(input, 'base64');
  return codec.latin1Slice(buf, 0, buf.length);
}

// ---------------------------------------------------------------------------
// isUtf8 / isAscii / transcode.

function viewBytes(input) {
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  if (isAnyArrayBuffer(input)) return new Uint8Array(input);
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function checkDetached(input, what) {
  const ab = ArrayBuffer.isView(input) ? input.buffer : input;
  if (ab && ab.detached === true) throw new ERR_INVALID_STATE(`Cannot validate on a detached buffer`);
  return what;
}

function isUtf8(input) {
  if (!isTypedArray(input) && !isAnyArrayBuffer(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
  }
  checkDetached(input);
  const b = viewBytes(input);
  return codec.isUtf8(b, 0, b.length);
}

function isAscii(input) {
  if (!isTypedArray(input) && !isAnyArrayBuffer(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
  }
  checkDetached(input);
  const b = viewBytes(input);
  return codec.isAscii(b, 0, b.length);
}

function icuError(code, errno) {
  const err = new Error(`Unable to transcode Buffer [${code}]`);
  err.code = code;
  err.errno = errno;
  return err;
}

// Decodes UTF-16LE, replacing lone surrogates with U+FFFD (or failing when
// strict).
function decodeUcs2(source, strict) {
  const s = codec.ucs2Slice(source, 0, source.length & ~1);
  let out = null;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { i++; continue; }
    }
    if (strict) return null;
    if (out === null) out = s.split('');
    out[i] = '\ufffd';
  }
  return out === null ? s : out.join('');
}

function encodeLimited(str, limit) {
  const bytes = [];
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c <= limit) { bytes.push(c); continue; }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    bytes.push(0x3f);
  }
  return fromArrayLike(bytes);
}

function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) {
    throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  }
  if (source.length === 0) return Buffer.alloc(0);
  const from = normalizeEncoding(fromEncoding) || fromEncoding;
  const to = normalizeEncoding(toEncoding) || toEncoding;
  const ok = (e) => e === 'ascii' || e === 'latin1' || e === 'utf16le' || e === 'utf8';
  if (!ok(from) || !ok(to)) throw icuError('U_ILLEGAL_ARGUMENT_ERROR', 1);

  let str;
  if (from === 'utf8') {
    if (to === 'utf16le' && !codec.isUtf8(source, 0, source.length)) {
      throw icuError('U_INVALID_CHAR_FOUND', 10);
    }
    str = codec.utf8Slice(source, 0, source.length);
  } else if (from === 'utf16le') {
    str = decodeUcs2(source, to === 'utf8');
    if (str === null) throw icuError('U_INVALID_CHAR_FOUND', 10);
  } else if (from === 'latin1' || to === 'utf16le') {
    str = codec.latin1Slice(source, 0, source.length);
  } else {
    str = '';
    for (let i = 0; i < source.length; i++) {
      const c = source[i];
      str += c < 0x80 ? String.fromCharCode(c) : '\ufffd';
    }
  }

  if (to === 'utf8') return fromStringFast(str, encodingOps.utf8);
  if (to === 'utf16le') {
    if (from === 'utf16le' && (source.length & 1) === 1) str += '\ufffd';
    const b = allocate(str.length * 2);
    codec.ucs2Write(b, str, 0, b.length);
    return b;
  }
  return encodeLimited(str, to === 'latin1' ? 0xff : 0x7f);
}

// ---------------------------------------------------------------------------
// Blob / File.

const kBytes = Symbol('kBytes');
const kType = Symbol('kType');

function isBlob(obj) {
  return obj != null && typeof obj === 'object' && Object.prototype.hasOwnProperty.call(obj, kBytes);
}

function validateDictionary(value, name) {
  if (value != null && typeof value !== 'object' && typeof value !== 'function') {
    throw new ERR_INVALID_ARG_TYPE(name, 'a dictionary', value);
  }
}

function blobPart(source, endings) {
  if (typeof source === 'string') {
    if (endings === 'native') source = source.replace(/\r?\n/g, '\n');
    return fromStringFast(source, encodingOps.utf8);
  }
  if (isAnyArrayBuffer(source)) return new Uint8Array(source.slice(0));
  if (ArrayBuffer.isView(source)) {
    return new Uint8Array(source.buffer.slice(source.byteOffset, source.byteOffset + source.byteLength));
  }
  if (isBlob(source)) return source[kBytes];
  return blobPart(`${source}`, endings);
}

function makeBlob(bytes, type) {
  const b = Object.create(Blob.prototype);
  Object.defineProperty(b, kBytes, { value: bytes });
  Object.defineProperty(b, kType, { value: type });
  return b;
}

class Blob {
  constructor(sources = [], options) {
    if (sources === null || typeof sources !== 'object' ||
        typeof sources[Symbol.iterator] !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    validateDictionary(options, 'options');
    let { type = '', endings = 'transparent' } = options ?? {};
    endings = `${endings}`;
    if (endings !== 'transparent' && endings !== 'native') {
      throw new ERR_INVALID_ARG_VALUE('options.endings', endings);
    }
    const parts = [];
    let length = 0;
    for (const source of sources) {
      const p = blobPart(source, endings);
      parts.push(p);
      length += p.length;
    }
    const bytes = new Uint8Array(length);
    let pos = 0;
    for (const p of parts) { bytes.set(p, pos); pos += p.length; }
    type = `${type}`;
    Object.defineProperty(this, kBytes, { value: bytes });
    Object.defineProperty(this, kType, { value: /[^\u0020-\u007E]/.test(type) ? '' : type.toLowerCase() });
  }

  get type() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this[kType];
  }

  get size() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this[kBytes].length;
  }

  slice(start = 0, end = this[kBytes].length, contentType = '') {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const size = this[kBytes].length;
    const rel = (v) => {
      v = Math.trunc(+v) || 0;
      if (v < 0) return Math.max(size + v, 0);
      return Math.min(v, size);
    };
    const s = rel(start);
    const e = rel(end);
    let type = `${contentType}`;
    type = /[^\u0020-\u007E]/.test(type) ? '' : type.toLowerCase();
    const span = Math.max(e - s, 0);
    return makeBlob(this[kBytes].subarray(s, s + span), type);
  }

  arrayBuffer() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    const b = this[kBytes];
    return Promise.resolve(b.buffer.slice(b.byteOffset, b.byteOffset + b.length));
  }

  text() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    const b = this[kBytes];
    return Promise.resolve(codec.utf8Slice(b, 0, b.length));
  }

  bytes() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    return Promise.resolve(this[kBytes].slice());
  }

  stream() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    let RS = null;
    try { RS = require('stream/web').ReadableStream; } catch { RS = globalThis.ReadableStream || null; }
    if (typeof RS !== 'function') throw new ERR_METHOD_NOT_IMPLEMENTED('stream()');
    const bytes = this[kBytes];
    return new RS({
      type: 'bytes',
      start(controller) {
        if (bytes.length > 0) controller.enqueue(bytes.slice());
        controller.close();
      },
    });
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options == null || options.depth == null ? null : options.depth - 1 };
    return `Blob ${inspect({ size: this.size, type: this.type }, opts)}`;
  }
}

Object.defineProperty(Blob.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'Blob', configurable: true,
});
for (const k of ['type', 'size', 'slice', 'arrayBuffer', 'text', 'bytes', 'stream']) {
  const d = Object.getOwnPropertyDescriptor(Blob.prototype, k);
  d.enumerable = true;
  Object.defineProperty(Blob.prototype, k, d);
}

const kName = Symbol('kName');

function checkFile(obj, field) {
  if (obj == null || typeof obj !== 'object' || !Object.prototype.hasOwnProperty.call(obj, kName)) {
    throw new TypeError(`Cannot read private member #${field} from an object whose class did not declare it`);
  }
}
const kLastModified = Symbol('kLastModified');

class File extends Blob {
  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    let { lastModified } = options ?? {};
    if (lastModified !== undefined) {
      lastModified = +lastModified;
      if (Number.isNaN(lastModified)) lastModified = 0;
    } else {
      lastModified = Date.now();
    }
    Object.defineProperty(this, kName, { value: `${fileName}` });
    Object.defineProperty(this, kLastModified, { value: lastModified });
  }

  get name() {
    checkFile(this, 'name');
    return this[kName];
  }

  get lastModified() {
    checkFile(this, 'lastModified');
    return this[kLastModified];
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options == null || options.depth == null ? null : options.depth - 1 };
    return `File ${inspect({
      size: this.size, type: this.type, name: this.name, lastModified: this.lastModified,
    }, opts)}`;
  }
}
Object.defineProperty(File.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'File', configurable: true,
});
for (const k of ['name', 'lastModified']) {
  const d = Object.getOwnPropertyDescriptor(File.prototype, k);
  d.enumerable = true;
  Object.defineProperty(File.prototype, k, d);
}

// Blob URLs: the URL module may register blobs here (id -> Blob).
const blobURLRegistry = new Map();

function resolveObjectURL(url) {
  url = `${url}`;
  if (!url.startsWith('blob:nodedata:')) return undefined;
  let id = url.slice('blob:nodedata:'.length);
  const hash = id.indexOf('#');
  if (hash !== -1) id = id.slice(0, hash);
  const q = id.indexOf('?');
  if (q !== -1) id = id.slice(0, q);
  return blobURLRegistry.get(id);
}

// ---------------------------------------------------------------------------

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants: {},
  INSPECT_MAX_BYTES: 0,
  Blob,
  resolveObjectURL,
  File,
};

Object.defineProperties(module.exports.constants, {
  MAX_LENGTH: { __proto__: null, value: kMaxLength, writable: false, enumerable: true, configurable: false },
  MAX_STRING_LENGTH: { __proto__: null, value: kStringMaxLength, writable: false, enumerable: true, configurable: false },
});

Object.defineProperty(module.exports, 'INSPECT_MAX_BYTES', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return INSPECT_MAX_BYTES; },
  set(val) {
    validateNumber(val, 'INSPECT_MAX_BYTES', 0);
    INSPECT_MAX_BYTES = val;
  },
});

// Not part of the public surface: shared with the URL module and internals.
Object.defineProperty(module.exports, Symbol.for('wqnode.buffer.internals'), {
  __proto__: null,
  value: { blobURLRegistry, isBlob, encodingOps, fromStringFast, allocate, FastBuffer, getEncodingOps },
});
