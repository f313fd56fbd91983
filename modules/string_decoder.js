'use strict';
// node:string_decoder — decodes a byte stream into strings, keeping the
// bytes of a character split across chunks until it is complete.
//
// State lives in a 7-byte Buffer like Node's: bytes 0..3 hold the partial
// character, 4 the number of missing bytes, 5 the number of buffered bytes,
// 6 the encoding id.

const { Buffer } = require('buffer');
const {
  codec,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_UNKNOWN_ENCODING },
  normalizeEncoding: normalizeBufferEncoding,
} = require('internal/buffer');

const kNativeDecoder = Symbol('kNativeDecoder');
const kMissingBytes = 4;
const kBufferedBytes = 5;
const kEncodingField = 6;
const kSize = 7;

const ASCII = 0;
const UTF8 = 1;
const BASE64 = 2;
const UCS2 = 3;
const LATIN1 = 4;
const HEX = 5;
const BASE64URL = 7;

const encodingIds = {
  __proto__: null,
  ascii: ASCII, utf8: UTF8, base64: BASE64, utf16le: UCS2, latin1: LATIN1, hex: HEX, base64url: BASE64URL,
};

function normalizeEncoding(enc) {
  const nenc = normalizeBufferEncoding(enc);
  if (nenc === undefined) {
    if (Buffer.isEncoding === Buffer[Symbol.for('kIsEncodingSymbol')] || !Buffer.isEncoding(enc)) {
      throw new ERR_UNKNOWN_ENCODING(enc);
    }
    return enc;
  }
  return nenc;
}

function makeString(data, start, end, enc) {
  switch (enc) {
    case UTF8: return codec.utf8Slice(data, start, end);
    case UCS2: return codec.ucs2Slice(data, start, end);
    case BASE64: return codec.base64Slice(data, start, end);
    case BASE64URL: return codec.base64urlSlice(data, start, end);
    case LATIN1: return codec.latin1Slice(data, start, end);
    case HEX: return codec.hexSlice(data, start, end);
    default: return codec.asciiSlice(data, start, end);
  }
}

function decode(state, data) {
  const enc = state[kEncodingField];
  let start = 0;
  const end = data.length;
  if (enc !== UTF8 && enc !== UCS2 && enc !== BASE64 && enc !== BASE64URL) {
    return makeString(data, 0, end, enc);
  }

  let prepend = '';
  if (state[kMissingBytes] > 0) {
    if (enc === UTF8) {
      // A byte that is not a continuation ends the pending character early;
      // the bytes gathered so far are decoded as they are.
      const limit = Math.min(end, state[kMissingBytes]);
      for (let i = 0; i < limit; i++) {
        if ((data[i] & 0xc0) !== 0x80) {
          state[kMissingBytes] = 0;
          for (let j = 0; j < i; j++) state[state[kBufferedBytes] + j] = data[j];
          state[kBufferedBytes] += i;
          start = i;
          break;
        }
      }
    }
    const found = Math.min(end - start, state[kMissingBytes]);
    for (let j = 0; j < found; j++) state[state[kBufferedBytes] + j] = data[start + j];
    start += found;
    state[kMissingBytes] -= found;
    state[kBufferedBytes] += found;
    if (state[kMissingBytes] === 0) {
      prepend = makeString(state, 0, state[kBufferedBytes], enc);
      state[kBufferedBytes] = 0;
    }
  }

  if (start === end) return prepend;

  let stop = end;
  if (enc === UTF8) {
    if (data[end - 1] & 0x80) {
      // Find where the last character begins.
      for (let i = end - 1; ; i--) {
        state[kBufferedBytes]++;
        const b = data[i];
        if ((b & 0xc0) === 0x80) {
          if (state[kBufferedBytes] >= 4 || i === start) {
            state[kBufferedBytes] = 0;
            break;
          }
        } else {
          let need;
          if ((b & 0xe0) === 0xc0) need = 2;
          else if ((b & 0xf0) === 0xe0) need = 3;
          else if ((b & 0xf8) === 0xf0) need = 4;
          else { state[kBufferedBytes] = 0; break; }
          if (state[kBufferedBytes] >= need) {
            state[kMissingBytes] = 0;
            state[kBufferedBytes] = 0;
          } else {
            state[kMissingBytes] = need - state[kBufferedBytes];
          }
          break;
        }
      }
    }
  } else if (enc === UCS2) {
    if ((end - start) % 2 === 1) {
      state[kBufferedBytes] = 1;
      state[kMissingBytes] = 1;
    } else if ((data[end - 1] & 0xfc) === 0xd8) {
      state[kBufferedBytes] = 2;
      state[kMissingBytes] = 2;
    }
  } else {
    const rem = (end - start) % 3;
    state[kBufferedBytes] = rem;
    if (rem > 0) state[kMissingBytes] = 3 - rem;
  }

  const buffered = state[kBufferedBytes];
  if (buffered > 0) {
    stop = end - buffered;
    for (let j = 0; j < buffered; j++) state[j] = data[stop + j];
  }
  const body = stop > start ? makeString(data, start, stop, enc) : '';
  return prepend + body;
}

function flush(state) {
  const enc = state[kEncodingField];
  if (enc === UCS2 && state[kBufferedBytes] % 2 === 1) {
    state[kMissingBytes]--;
    state[kBufferedBytes]--;
  }
  if (state[kBufferedBytes] === 0) return '';
  const ret = makeString(state, 0, state[kBufferedBytes], enc);
  state[kMissingBytes] = 0;
  state[kBufferedBytes] = 0;
  return ret;
}

function toBytes(buf) {
  if (buf instanceof Uint8Array) return buf;
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

function StringDecoder(encoding) {
  this.encoding = normalizeEncoding(encoding);
  this[kNativeDecoder] = Buffer.alloc(kSize);
  this[kNativeDecoder][kEncodingField] = encodingIds[this.encoding];
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBuffer.isView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  }
  if (!this[kNativeDecoder]) throw new ERR_INVALID_THIS('StringDecoder');
  return decode(this[kNativeDecoder], toBytes(buf));
};

StringDecoder.prototype.end = function end(buf) {
  let ret = '';
  if (buf !== undefined) ret = this.write(buf);
  if (this[kNativeDecoder][kBufferedBytes] > 0) ret += flush(this[kNativeDecoder]);
  return ret;
};

StringDecoder.prototype.text = function text(buf, offset) {
  this[kNativeDecoder][kMissingBytes] = 0;
  this[kNativeDecoder][kBufferedBytes] = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return this[kNativeDecoder].subarray(0, kMissingBytes); },
  },
  lastNeed: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return this[kNativeDecoder][kMissingBytes]; },
  },
  lastTotal: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return this[kNativeDecoder][kBufferedBytes] + this[kNativeDecoder][kMissingBytes]; },
  },
});

module.exports = { StringDecoder };
