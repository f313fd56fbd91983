'use strict';

// randomBytes, randomFill(Sync), randomInt, randomUUID and the
// getRandomValues of Web Crypto, over the binding's randomFill.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
  },
  getBinding,
  lazyBuffer,
  isArrayBufferView,
  isAnyArrayBuffer,
} = require('internal/crypto/util');
const {
  validateNumber,
  validateFunction,
  validateObject,
  validateBoolean,
} = require('internal/validators');

const kMaxLength = 2 ** 31 - 1;
const kMaxUint32 = 2 ** 32 - 1;

function later(fn) {
  require('timers').setImmediate(fn);
}

function assertSize(size, elementSize, offset, length) {
  validateNumber(size, 'size');
  size *= elementSize;
  if (Number.isNaN(size) || size > kMaxLength || size < 0) {
    throw new ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxLength}`, size);
  }
  if (size + offset > length) {
    throw new ERR_OUT_OF_RANGE('size + offset', `<= ${length}`, size + offset);
  }
  return size >>> 0;
}

function assertOffset(offset, elementSize, length) {
  validateNumber(offset, 'offset');
  offset *= elementSize;
  const max = Math.min(length, kMaxLength);
  if (Number.isNaN(offset) || offset > max || offset < 0) {
    throw new ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${max}`, offset);
  }
  return offset >>> 0;
}

function fill(buf, offset, size) {
  if (size > 0) getBinding().randomFill(buf, offset, size);
}

function randomBytes(size, callback) {
  validateNumber(size, 'size', 0, kMaxLength);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const buf = lazyBuffer().alloc(size);
  fill(buf, 0, size);
  if (callback === undefined) return buf;
  later(() => callback(null, buf));
}

function checkBuf(buf) {
  if (!isArrayBufferView(buf) && !isAnyArrayBuffer(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
}

function elementSize(buf) {
  return buf.BYTES_PER_ELEMENT || 1;
}

function randomFillSync(buf, offset = 0, size) {
  checkBuf(buf);
  const es = elementSize(buf);
  const len = buf.byteLength;
  offset = assertOffset(offset, es, len);
  if (size === undefined) size = len - offset;
  else size = assertSize(size, es, offset, len);
  fill(buf, offset, size);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  checkBuf(buf);
  const es = elementSize(buf);
  const len = buf.byteLength;
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = len;
  } else if (typeof size === 'function') {
    callback = size;
    offset = assertOffset(offset, es, len);
    size = len - offset;
  } else {
    validateFunction(callback, 'callback');
    offset = assertOffset(offset, es, len);
    if (size === undefined) size = len - offset;
    else size = assertSize(size, es, offset, len);
  }
  validateFunction(callback, 'callback');
  fill(buf, offset, size);
  later(() => callback(null, buf));
}

const RAND_MAX = 0xFFFF_FFFF_FFFF;

function randomInt(min, max, callback) {
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = typeof callback === 'undefined';
  if (!isSync) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw new ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) {
    throw new ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  }
  const range = max - min;
  if (!(range <= RAND_MAX)) {
    throw new ERR_OUT_OF_RANGE(`max${minNotSpecified ? '' : ' - min'}`, `<= ${RAND_MAX}`, range);
  }
  const limit = RAND_MAX - (RAND_MAX % range);
  const six = new Uint8Array(6);
  let n;
  for (;;) {
    fill(six, 0, 6);
    const x = six[0] * 2 ** 40 + six[1] * 2 ** 32 + ((six[2] << 24) >>> 0) +
      (six[3] << 16) + (six[4] << 8) + six[5];
    if (x < limit) {
      n = min + (x % range);
      break;
    }
  }
  if (isSync) return n;
  later(() => callback(undefined, n));
}

const hex = [];
for (let i = 0; i < 256; i++) hex.push((i < 16 ? '0' : '') + i.toString(16));

function randomUUID(options) {
  if (options !== undefined) validateObject(options, 'options');
  if (options?.disableEntropyCache !== undefined) {
    validateBoolean(options.disableEntropyCache, 'options.disableEntropyCache');
  }
  return uuid();
}

function uuid() {
  const b = new Uint8Array(16);
  fill(b, 0, 16);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  return hex[b[0]] + hex[b[1]] + hex[b[2]] + hex[b[3]] + '-' +
    hex[b[4]] + hex[b[5]] + '-' + hex[b[6]] + hex[b[7]] + '-' +
    hex[b[8]] + hex[b[9]] + '-' + hex[b[10]] + hex[b[11]] + hex[b[12]] +
    hex[b[13]] + hex[b[14]] + hex[b[15]];
}

function domException(message, name) {
  const { DOMException } = require('internal/abort_controller');
  return new DOMException(message, name);
}

const integerArrays = new Set([
  '[object Int8Array]', '[object Uint8Array]', '[object Uint8ClampedArray]',
  '[object Int16Array]', '[object Uint16Array]', '[object Int32Array]',
  '[object Uint32Array]', '[object BigInt64Array]', '[object BigUint64Array]',
]);

function typedArrayTag(v) {
  if (!isArrayBufferView(v)) return undefined;
  const get = Object.getOwnPropertyDescriptor(
    Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
  const tag = get.call(v);
  return tag === undefined ? undefined : `[object ${tag}]`;
}

// getRandomValues(data): Web Crypto's, with its DOMExceptions.
function getRandomValues(data) {
  if (!integerArrays.has(typedArrayTag(data))) {
    throw domException('The data argument must be an integer-type TypedArray',
                       'TypeMismatchError');
  }
  if (data.byteLength > 65536) {
    throw domException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
  }
  fill(data, 0, data.byteLength);
  return data;
}

module.exports = {
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  uuid,
  getRandomValues,
  kMaxUint32,
};
