'use strict';
// Internals shared by buffer, string_decoder and internal/encoding:
//  - `codec`: every hot encoding / decoding / search / compare loop, written
//    in allocation-light JS, each replaceable by a host function of the same
//    name on internalBinding('buffer') (see the contract next to each one);
//  - FastBuffer (the class behind every Buffer) and the numeric read/write
//    methods of Buffer.prototype;
//  - encoding-name normalisation and argument validation helpers.

let binding;
try { binding = internalBinding('buffer'); } catch { binding = null; }

// ---------------------------------------------------------------------------
// Errors. internal/errors provides Node's codes; until every code we need is
// there, a local fallback with Node's message text is used.

let realCodes = null;
try { realCodes = require('internal/errors').codes || null; } catch { realCodes = null; }

let utilInspect = null;
function inspect(v, opts) {
  if (utilInspect === null) {
    try { utilInspect = require('util').inspect; } catch { utilInspect = (x) => String(x); }
  }
  return utilInspect(v, opts);
}

function addNumericalSeparator(val) {
  let res = '';
  let i = val.length;
  const start = val[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = `_${val.slice(i - 3, i)}${res}`;
  return `${val.slice(0, i)}${res}`;
}

function determineSpecificType(value) {
  if (value === null || value === undefined) return '' + value;
  if (typeof value === 'function' && value.name) return `function ${value.name}`;
  if (typeof value === 'object') {
    if (value.constructor && value.constructor.name) return `an instance of ${value.constructor.name}`;
    return `${inspect(value, { depth: -1 })}`;
  }
  let inspected = inspect(value, { colors: false });
  if (inspected.length > 28) inspected = `${inspected.slice(0, 25)}...`;
  return `type ${typeof value} (${inspected})`;
}

const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];
const classRe = /^([A-Z][a-z0-9]*)+$/;

function joinList(list, prefix2, prefixN) {
  if (list.length > 2) {
    const last = list[list.length - 1];
    return `${prefixN}${list.slice(0, -1).join(', ')}, or ${last}`;
  }
  if (list.length === 2) return `${prefix2}${list[0]} or ${list[1]}`;
  return null;
}

function invalidArgTypeMessage(name, expected, actual) {
  if (!Array.isArray(expected)) expected = [expected];
  let msg = 'The ';
  if (name.endsWith(' argument')) msg += `${name} `;
  else msg += `"${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  msg += 'must be ';
  const types = [];
  const instances = [];
  const other = [];
  for (const v of expected) {
    if (kTypes.includes(v)) types.push(v.toLowerCase());
    else if (classRe.test(v)) instances.push(v);
    else other.push(v);
  }
  if (instances.length > 0) {
    const pos = types.indexOf('object');
    if (pos !== -1) { types.splice(pos, 1); instances.push('Object'); }
  }
  if (types.length > 0) {
    msg += joinList(types, 'one of type ', 'one of type ') || `of type ${types[0]}`;
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    msg += joinList(instances, 'an instance of ', 'an instance of ') || `an instance of ${instances[0]}`;
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 0) {
    const j = joinList(other, 'one of ', 'one of ');
    if (j) msg += j;
    else {
      if (other[0].toLowerCase() !== other[0]) msg += 'an ';
      msg += other[0];
    }
  }
  return `${msg}. Received ${determineSpecificType(actual)}`;
}

function formatReceived(received) {
  if (typeof received === 'number' && Number.isInteger(received) && Math.abs(received) > 2 ** 32) {
    return addNumericalSeparator(String(received));
  }
  if (typeof received === 'bigint') {
    let s = String(received);
    if (received > 2n ** 32n || received < -(2n ** 32n)) s = addNumericalSeparator(s);
    return `${s}n`;
  }
  return inspect(received);
}

function makeError(Base, code, message) {
  const err = new Base(message);
  Object.defineProperty(err, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  Object.defineProperty(err, 'toString', {
    value() { return `${this.name} [${code}]: ${this.message}`; },
    enumerable: false, writable: true, configurable: true,
  });
  return err;
}

const stubMessages = {
  ERR_INVALID_ARG_TYPE: [TypeError, invalidArgTypeMessage],
  ERR_OUT_OF_RANGE: [RangeError, (name, range, received) =>
    `The value of "${name}" is out of range. It must be ${range}. Received ${formatReceived(received)}`],
  ERR_BUFFER_OUT_OF_BOUNDS: [RangeError, (name) => (name ?
    `"${name}" is outside of buffer bounds` : 'Attempt to access memory outside buffer bounds')],
  ERR_UNKNOWN_ENCODING: [TypeError, (enc) => `Unknown encoding: ${enc}`],
  ERR_INVALID_ARG_VALUE: [TypeError, (name, value, reason = 'is invalid') => {
    let inspected = inspect(value);
    if (inspected.length > 128) inspected = `${inspected.slice(0, 128)}...`;
    const type = name.includes('.') ? 'property' : 'argument';
    return `The ${type} '${name}' ${reason}. Received ${inspected}`;
  }],
  ERR_INVALID_BUFFER_SIZE: [RangeError, (s) => `Invalid buffer size: ${s}`],
  ERR_MISSING_ARGS: [TypeError, (...names) => {
    let msg = 'The ';
    const wrap = (a) => `"${a}"`;
    const args = names.map((a) => (Array.isArray(a) ? a.map(wrap).join(' or ') : wrap(a)));
    if (args.length === 1) msg += `${args[0]} argument`;
    else if (args.length === 2) msg += `${args[0]} and ${args[1]} arguments`;
    else { const last = args.pop(); msg += `${args.join(', ')}, and ${last} arguments`; }
    return `${msg} must be specified`;
  }],
  ERR_ENCODING_INVALID_ENCODED_DATA: [TypeError, (enc) => `The encoded data was not valid for encoding ${enc}`],
  ERR_ENCODING_NOT_SUPPORTED: [RangeError, (enc) => `The "${enc}" encoding is not supported`],
  ERR_INVALID_THIS: [TypeError, (t) => `Value of "this" must be of type ${t}`],
  ERR_INVALID_STATE: [Error, (m) => `Invalid state: ${m}`],
  ERR_STRING_TOO_LONG: [Error, () => 'Cannot create a string longer than 0x1fffffe8 characters'],
  ERR_ILLEGAL_CONSTRUCTOR: [TypeError, () => 'Illegal constructor'],
  ERR_METHOD_NOT_IMPLEMENTED: [Error, (m) => `The ${m} method is not implemented`],
  ERR_INVALID_URL: [TypeError, () => 'Invalid URL'],
};

const codes = {};
for (const code of Object.keys(stubMessages)) {
  if (realCodes && typeof realCodes[code] === 'function') { codes[code] = realCodes[code]; continue; }
  const [Base, fmt] = stubMessages[code];
  codes[code] = function (...args) { return makeError(Base, code, fmt(...args)); };
}

// An error with a fixed message, as Node's C++ layer throws them.
function plainError(Base, code, message) { return makeError(Base, code, message); }

const { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_BUFFER_OUT_OF_BOUNDS } = codes;

// ---------------------------------------------------------------------------
// Validators (Node's semantics and messages).

const kMaxLength = 2 ** 32;
const kStringMaxLength = 2 ** 29 - 24;

function validateNumber(value, name, min, max) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if ((min != null && value < min) || (max != null && value > max) ||
      ((min != null || max != null) && value !== value)) {
    throw new ERR_OUT_OF_RANGE(name,
      `${min != null ? `>= ${min}` : ''}${min != null && max != null ? ' && ' : ''}${max != null ? `<= ${max}` : ''}`,
      value);
  }
}

function validateOffset(value, name, min = 0, max = kMaxLength) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function validateString(value, name) {
  if (typeof value !== 'string') throw new ERR_INVALID_ARG_TYPE(name, 'string', value);
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

// Turning char codes into strings: String.fromCharCode.apply on plain-array
// chunks (QuickJS copies plain arrays into argument lists directly).
const CHUNK = 8192;

function utf8WriteJS(buf, str, offset, maxLength) {
  let end = offset + maxLength;
  if (end > buf.length) end = buf.length;
  let p = offset;
  const len = str.length;
  let i = 0;
  // ASCII run.
  while (i < len && p < end) {
    const c = str.charCodeAt(i);
    if (c >= 0x80) break;
    buf[p++] = c;
    i++;
  }
  for (; i < len && p < end; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) { buf[p++] = c; continue; }
    if (c < 0x800) {
      if (p + 2 > end) break;
      buf[p++] = 0xc0 | (c >> 6);
      buf[p++] = 0x80 | (c & 0x3f);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      if (c <= 0xdbff && i + 1 < len) {
        const d = str.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          if (p + 4 > end) break;
          const cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          buf[p++] = 0xf0 | (cp >> 18);
          buf[p++] = 0x80 | ((cp >> 12) & 0x3f);
          buf[p++] = 0x80 | ((cp >> 6) & 0x3f);
          buf[p++] = 0x80 | (cp & 0x3f);
          i++;
          continue;
        }
      }
      c = 0xfffd;
    }
    if (p + 3 > end) break;
    buf[p++] = 0xe0 | (c >> 12);
    buf[p++] = 0x80 | ((c >> 6) & 0x3f);
    buf[p++] = 0x80 | (c & 0x3f);
  }
  return p - offset;
}

function byteLengthUtf8JS(str) {
  const len = str.length;
  let n = len;
  for (let i = 0; i < len; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) { n += 1; continue; }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { n += 2; i++; continue; }
    }
    n += 2;
  }
  return n;
}

// WHATWG UTF-8 decode of buf[start, end) with U+FFFD for each maximal
// invalid subpart.
function utf8SliceJS(buf, start, end) {
  let out = '';
  let i = start;
  while (i < end) {
    const units = [];
    let n = 0;
    const stop = i + CHUNK < end ? i + CHUNK : end;
    while (i < stop) {
      const b = buf[i];
      if (b < 0x80) { units[n++] = b; i++; continue; }
      if (b >= 0xc2 && b <= 0xdf) {
        const b1 = i + 1 < end ? buf[i + 1] : -1;
        if ((b1 & 0xc0) === 0x80) { units[n++] = ((b & 0x1f) << 6) | (b1 & 0x3f); i += 2; continue; }
        units[n++] = 0xfffd; i++; continue;
      }
      if (b >= 0xe0 && b <= 0xef) {
        const lo = b === 0xe0 ? 0xa0 : 0x80;
        const hi = b === 0xed ? 0x9f : 0xbf;
        const b1 = i + 1 < end ? buf[i + 1] : -1;
        if (b1 < lo || b1 > hi) { units[n++] = 0xfffd; i++; continue; }
        const b2 = i + 2 < end ? buf[i + 2] : -1;
        if ((b2 & 0xc0) !== 0x80 || b2 < 0) { units[n++] = 0xfffd; i += 2; continue; }
        units[n++] = ((b & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
        i += 3;
        continue;
      }
      if (b >= 0xf0 && b <= 0xf4) {
        const lo = b === 0xf0 ? 0x90 : 0x80;
        const hi = b === 0xf4 ? 0x8f : 0xbf;
        const b1 = i + 1 < end ? buf[i + 1] : -1;
        if (b1 < lo || b1 > hi) { units[n++] = 0xfffd; i++; continue; }
        const b2 = i + 2 < end ? buf[i + 2] : -1;
        if ((b2 & 0xc0) !== 0x80 || b2 < 0) { units[n++] = 0xfffd; i += 2; continue; }
        const b3 = i + 3 < end ? buf[i + 3] : -1;
        if ((b3 & 0xc0) !== 0x80 || b3 < 0) { units[n++] = 0xfffd; i += 3; continue; }
        const cp = (((b & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f)) - 0x10000;
        units[n++] = 0xd800 + (cp >> 10);
        units[n++] = 0xdc00 + (cp & 0x3ff);
        i += 4;
        continue;
      }
      units[n++] = 0xfffd;
      i++;
    }
    out += String.fromCharCode.apply(null, units);
  }
  return out;
}

// Returns true when buf[start, end) is well-formed UTF-8.
function isUtf8JS(buf, start, end) {
  let i = start;
  while (i < end) {
    const b = buf[i];
    if (b < 0x80) { i++; continue; }
    if (b >= 0xc2 && b <= 0xdf) {
      if (i + 1 >= end || (buf[i + 1] & 0xc0) !== 0x80) return false;
      i += 2; continue;
    }
    if (b >= 0xe0 && b <= 0xef) {
      if (i + 2 >= end) return false;
      const b1 = buf[i + 1];
      if (b1 < (b === 0xe0 ? 0xa0 : 0x80) || b1 > (b === 0xed ? 0x9f : 0xbf)) return false;
      if ((buf[i + 2] & 0xc0) !== 0x80) return false;
      i += 3; continue;
    }
    if (b >= 0xf0 && b <= 0xf4) {
      if (i + 3 >= end) return false;
      const b1 = buf[i + 1];
      if (b1 < (b === 0xf0 ? 0x90 : 0x80) || b1 > (b === 0xf4 ? 0x8f : 0xbf)) return false;
      if ((buf[i + 2] & 0xc0) !== 0x80 || (buf[i + 3] & 0xc0) !== 0x80) return false;
      i += 4; continue;
    }
    return false;
  }
  return true;
}

function isAsciiJS(buf, start, end) {
  for (let i = start; i < end; i++) if (buf[i] >= 0x80) return false;
  return true;
}

function latin1WriteJS(buf, str, offset, maxLength) {
  let n = str.length;
  if (n > maxLength) n = maxLength;
  if (n > buf.length - offset) n = buf.length - offset;
  for (let i = 0; i < n; i++) buf[offset + i] = str.charCodeAt(i);
  return n < 0 ? 0 : n;
}

function latin1SliceJS(buf, start, end) {
  let out = '';
  for (let i = start; i < end;) {
    const stop = i + CHUNK < end ? i + CHUNK : end;
    const units = [];
    let n = 0;
    while (i < stop) units[n++] = buf[i++];
    out += String.fromCharCode.apply(null, units);
  }
  return out;
}

function asciiSliceJS(buf, start, end) {
  let out = '';
  for (let i = start; i < end;) {
    const stop = i + CHUNK < end ? i + CHUNK : end;
    const units = [];
    let n = 0;
    while (i < stop) units[n++] = buf[i++] & 0x7f;
    out += String.fromCharCode.apply(null, units);
  }
  return out;
}

function ucs2WriteJS(buf, str, offset, maxLength) {
  let avail = buf.length - offset;
  if (avail > maxLength) avail = maxLength;
  let n = str.length;
  if (n > (avail >>> 1)) n = avail >>> 1;
  let p = offset;
  for (let i = 0; i < n; i++) {
    const c = str.charCodeAt(i);
    buf[p++] = c & 0xff;
    buf[p++] = c >>> 8;
  }
  return n * 2;
}

function ucs2SliceJS(buf, start, end) {
  let out = '';
  end = start + ((end - start) & ~1);
  for (let i = start; i < end;) {
    const stop = i + 2 * CHUNK < end ? i + 2 * CHUNK : end;
    const units = [];
    let n = 0;
    while (i < stop) { units[n++] = buf[i] | (buf[i + 1] << 8); i += 2; }
    out += String.fromCharCode.apply(null, units);
  }
  return out;
}

// hex
const HEX_CODES = new Uint16Array(256); // two char codes packed: hi<<8 | lo
const UNHEX = new Int8Array(256).fill(-1);
{
  const digits = '0123456789abcdef';
  for (let i = 0; i < 256; i++) {
    HEX_CODES[i] = (digits.charCodeAt(i >> 4) << 8) | digits.charCodeAt(i & 15);
  }
  for (let i = 0; i < 10; i++) UNHEX[48 + i] = i;
  for (let i = 0; i < 6; i++) { UNHEX[97 + i] = 10 + i; UNHEX[65 + i] = 10 + i; }
}

function hexWriteJS(buf, str, offset, maxLength) {
  let n = str.length >>> 1;
  if (n > maxLength) n = maxLength;
  if (n > buf.length - offset) n = buf.length - offset;
  for (let i = 0; i < n; i++) {
    const a = str.charCodeAt(2 * i);
    const b = str.charCodeAt(2 * i + 1);
    const hi = a < 256 ? UNHEX[a] : -1;
    const lo = b < 256 ? UNHEX[b] : -1;
    if (hi < 0 || lo < 0) return i;
    buf[offset + i] = (hi << 4) | lo;
  }
  return n < 0 ? 0 : n;
}

function hexSliceJS(buf, start, end) {
  let out = '';
  for (let i = start; i < end;) {
    const stop = i + CHUNK < end ? i + CHUNK : end;
    const units = [];
    let n = 0;
    while (i < stop) {
      const h = HEX_CODES[buf[i++]];
      units[n++] = h >> 8;
      units[n++] = h & 0xff;
    }
    out += String.fromCharCode.apply(null, units);
  }
  return out;
}

// base64
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const B64_CODES = new Uint8Array(64);
const B64URL_CODES = new Uint8Array(64);
const UNB64 = new Int8Array(256).fill(-1);
for (let i = 0; i < 64; i++) {
  B64_CODES[i] = B64.charCodeAt(i);
  B64URL_CODES[i] = B64URL.charCodeAt(i);
  UNB64[B64.charCodeAt(i)] = i;
}
UNB64[45] = 62; // '-'
UNB64[95] = 63; // '_'

function base64SliceImpl(buf, start, end, table, pad) {
  let out = '';
  let i = start;
  const full = start + Math.floor((end - start) / 3) * 3;
  while (i < full) {
    const stop = i + 3 * 2048 < full ? i + 3 * 2048 : full;
    const units = [];
    let n = 0;
    while (i < stop) {
      const v = (buf[i] << 16) | (buf[i + 1] << 8) | buf[i + 2];
      i += 3;
      units[n++] = table[v >> 18];
      units[n++] = table[(v >> 12) & 63];
      units[n++] = table[(v >> 6) & 63];
      units[n++] = table[v & 63];
    }
    out += String.fromCharCode.apply(null, units);
  }
  const rem = end - full;
  if (rem === 1) {
    const v = buf[full];
    out += String.fromCharCode(table[v >> 2], table[(v & 3) << 4]);
    if (pad) out += '==';
  } else if (rem === 2) {
    const v = (buf[full] << 8) | buf[full + 1];
    out += String.fromCharCode(table[v >> 10], table[(v >> 4) & 63], table[(v & 15) << 2]);
    if (pad) out += '=';
  }
  return out;
}

function base64SliceJS(buf, start, end) { return base64SliceImpl(buf, start, end, B64_CODES, true); }
function base64urlSliceJS(buf, start, end) { return base64SliceImpl(buf, start, end, B64URL_CODES, false); }

// Decodes either alphabet; characters outside it are skipped, '=' ends the
// input, and a trailing partial group yields the bytes it completes.
function base64WriteJS(buf, str, offset, maxLength) {
  let end = offset + maxLength;
  if (end > buf.length) end = buf.length;
  let p = offset;
  const len = str.length;
  let i = 0;
  // Fast path: whole groups of 4 valid characters.
  while (p + 3 <= end && i + 4 <= len) {
    const a = str.charCodeAt(i);
    const b = str.charCodeAt(i + 1);
    const c = str.charCodeAt(i + 2);
    const d = str.charCodeAt(i + 3);
    if ((a | b | c | d) > 255) break;
    const va = UNB64[a]; const vb = UNB64[b]; const vc = UNB64[c]; const vd = UNB64[d];
    if ((va | vb | vc | vd) < 0) break;
    const v = (va << 18) | (vb << 12) | (vc << 6) | vd;
    buf[p++] = v >> 16;
    buf[p++] = (v >> 8) & 0xff;
    buf[p++] = v & 0xff;
    i += 4;
  }
  // Slow path.
  let acc = 0;
  let k = 0;
  for (; i < len && p < end; i++) {
    const c = str.charCodeAt(i);
    const v = c < 256 ? UNB64[c] : -1;
    if (v < 0) {
      if (c === 61) break; // '='
      continue;
    }
    acc = (acc << 6) | v;
    k++;
    if (k === 2) buf[p++] = (acc >> 4) & 0xff;
    else if (k === 3) buf[p++] = (acc >> 2) & 0xff;
    else if (k === 4) { buf[p++] = acc & 0xff; k = 0; acc = 0; }
  }
  return p - offset;
}

function base64ByteLength(str, bytes) {
  if (bytes > 0 && str.charCodeAt(bytes - 1) === 0x3d) bytes--;
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3d) bytes--;
  return (bytes * 3) >>> 2;
}

// Index of needle (a Uint8Array) in buf; forward search starts at byteOffset,
// backward search finds the last match starting at or before byteOffset.
// byteOffset is already a valid position (0 <= byteOffset < buf.length).
const u8IndexOf = Uint8Array.prototype.indexOf;
const u8Slice = Uint8Array.prototype.slice;
const u8LastIndexOf = Uint8Array.prototype.lastIndexOf;
function indexOfJS(buf, needle, byteOffset, dir) {
  const nlen = needle.length;
  const hlen = buf.length;
  if (nlen === 0) return byteOffset;
  if (nlen > hlen) return -1;
  const first = needle[0];
  const last = hlen - nlen;
  if (dir) {
    let i = byteOffset;
    while (i <= last) {
      i = u8IndexOf.call(buf, first, i);
      if (i === -1 || i > last) return -1;
      let j = 1;
      while (j < nlen && buf[i + j] === needle[j]) j++;
      if (j === nlen) return i;
      i++;
    }
    return -1;
  }
  let i = byteOffset < last ? byteOffset : last;
  while (i >= 0) {
    i = u8LastIndexOf.call(buf, first, i);
    if (i === -1) return -1;
    let j = 1;
    while (j < nlen && buf[i + j] === needle[j]) j++;
    if (j === nlen) return i;
    i--;
  }
  return -1;
}

// Search in 16-bit units (UCS-2): matches only at even byte offsets.
function indexOfUcs2JS(buf, needle, byteOffset, dir) {
  const hunits = buf.length >>> 1;
  const nunits = needle.length >>> 1;
  if (nunits === 0 || nunits > hunits) return -1;
  const last = hunits - nunits;
  let start = byteOffset >>> 1;
  const step = dir ? 1 : -1;
  if (!dir && start > last) start = last;
  for (let u = start; dir ? u <= last : u >= 0; u += step) {
    let j = 0;
    const base = u * 2;
    while (j < nunits * 2 && buf[base + j] === needle[j]) j++;
    if (j === nunits * 2) return base;
  }
  return -1;
}

function compareJS(a, b) {
  const alen = a.length;
  const blen = b.length;
  const n = alen < blen ? alen : blen;
  for (let i = 0; i < n; i++) {
    const x = a[i];
    const y = b[i];
    if (x !== y) return x < y ? -1 : 1;
  }
  return alen < blen ? -1 : alen > blen ? 1 : 0;
}

// ---------------------------------------------------------------------------
// Faster variants. Per-byte JS work is expensive in QuickJS, so these lean on
// native builtins: String.fromCharCode.apply over typed-array chunks, regular
// expressions, escape/decodeURIComponent (a strict native UTF-8 decoder) and
// native typed-array copies. They fall back to the plain loops above for
// short inputs and for malformed data.

const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const fromCharCode = String.fromCharCode;
const NON_ASCII = /[^\x00-\x7f]/;
const HIGH_BYTES = /[\x80-\xff]/g;
const SURROGATE_PAIRS = /[\ud800-\udbff][\udc00-\udfff]/g;
const NOT_3BYTE = /[\x80-\u07ff]+/g;
const ASCII_RUNS = /[\x00-\x7f]+/g;
const SMALL = 24;

// bytes -> string of the same char codes (native per chunk)
function latin1SliceFast(buf, start, end) {
  if (end - start <= SMALL) return latin1SliceJS(buf, start, end);
  if (end - start <= CHUNK) return fromCharCode.apply(null, buf.subarray(start, end));
  let out = '';
  for (let i = start; i < end; i += CHUNK) {
    out += fromCharCode.apply(null, buf.subarray(i, i + CHUNK < end ? i + CHUNK : end));
  }
  return out;
}

function mask7f(c) { return fromCharCode(c.charCodeAt(0) & 0x7f); }
function asciiSliceFast(buf, start, end) {
  if (end - start <= SMALL) return asciiSliceJS(buf, start, end);
  const s = latin1SliceFast(buf, start, end);
  if (!NON_ASCII.test(s)) return s;
  return s.replace(HIGH_BYTES, mask7f);
}

function utf8SliceFast(buf, start, end) {
  if (end - start <= SMALL) return utf8SliceJS(buf, start, end);
  const s = latin1SliceFast(buf, start, end);
  if (!NON_ASCII.test(s)) return s;
  try {
    return decodeURIComponent(escape(s));
  } catch {
    return utf8SliceJS(buf, start, end);
  }
}

function byteLengthUtf8Fast(str) {
  const len = str.length;
  if (len <= SMALL) return byteLengthUtf8JS(str);
  if (!NON_ASCII.test(str)) return len;
  // 1 byte per unit, +1 for each unit >= 0x80, +1 for each >= 0x800, and a
  // surrogate pair (2 units, 4 bytes) counts 2 less than two 3-byte units.
  const high = str.replace(ASCII_RUNS, '');
  const three = high.replace(NOT_3BYTE, '');
  return len + high.length + three.replace(SURROGATE_PAIRS, '').length;
}

function isAsciiFast(buf, start, end) {
  if (end - start <= SMALL) return isAsciiJS(buf, start, end);
  for (let i = start; i < end; i += CHUNK) {
    const s = fromCharCode.apply(null, buf.subarray(i, i + CHUNK < end ? i + CHUNK : end));
    if (NON_ASCII.test(s)) return false;
  }
  return true;
}

function isUtf8Fast(buf, start, end) {
  if (end - start <= SMALL) return isUtf8JS(buf, start, end);
  const s = latin1SliceFast(buf, start, end);
  if (!NON_ASCII.test(s)) return true;
  try {
    decodeURIComponent(escape(s));
    return true;
  } catch {
    return false;
  }
}

// A view of buf[start, end) whose byte offset is even (copying if needed).
function alignedBytes(buf, start, end, align) {
  if (((buf.byteOffset + start) & (align - 1)) === 0) return buf.subarray(start, end);
  return u8Slice.call(buf, start, end);
}

function ucs2SliceFast(buf, start, end) {
  const n = (end - start) >>> 1;
  if (!littleEndian || n <= SMALL) return ucs2SliceJS(buf, start, end);
  const src = alignedBytes(buf, start, start + n * 2, 2);
  const u16 = new Uint16Array(src.buffer, src.byteOffset, n);
  if (n <= CHUNK) return fromCharCode.apply(null, u16);
  let out = '';
  for (let i = 0; i < n; i += CHUNK) out += fromCharCode.apply(null, u16.subarray(i, i + CHUNK < n ? i + CHUNK : n));
  return out;
}

function ucs2WriteFast(buf, str, offset, maxLength) {
  let avail = buf.length - offset;
  if (avail > maxLength) avail = maxLength;
  let n = str.length;
  if (n > (avail >>> 1)) n = avail >>> 1;
  if (!littleEndian || n <= SMALL || ((buf.byteOffset + offset) & 1) !== 0) {
    return ucs2WriteJS(buf, str, offset, maxLength);
  }
  const u16 = new Uint16Array(buf.buffer, buf.byteOffset + offset, n);
  for (let i = 0; i < n; i++) u16[i] = str.charCodeAt(i);
  return n * 2;
}

// hex: one 32-bit store per input byte pair through a 64K-entry table of
// four packed char codes.
let HEX32 = null;
function hexSliceFast(buf, start, end) {
  const len = end - start;
  if (!littleEndian || len <= SMALL) return hexSliceJS(buf, start, end);
  if (HEX32 === null) {
    HEX32 = new Uint32Array(65536);
    for (let i = 0; i < 65536; i++) {
      const lo = HEX_CODES[i & 255];
      const hi = HEX_CODES[i >>> 8];
      HEX32[i] = (lo >> 8) | ((lo & 0xff) << 8) | ((hi >> 8) << 16) | ((hi & 0xff) << 24);
    }
  }
  const pairs = len >>> 1;
  const src = alignedBytes(buf, start, start + pairs * 2, 2);
  const in16 = new Uint16Array(src.buffer, src.byteOffset, pairs);
  const out8 = new Uint8Array(len * 2);
  const out32 = new Uint32Array(out8.buffer, 0, pairs);
  for (let i = 0; i < pairs; i++) out32[i] = HEX32[in16[i]];
  if (len & 1) {
    const h = HEX_CODES[buf[end - 1]];
    out8[len * 2 - 2] = h >> 8;
    out8[len * 2 - 1] = h & 0xff;
  }
  return latin1SliceFast(out8, 0, out8.length);
}

// base64: each 3-byte group becomes one 32-bit store through a 4096-entry
// table of two packed chars.
let B64PAIR = null;
let B64URLPAIR = null;
function base64SliceFast(buf, start, end, url) {
  const len = end - start;
  if (!littleEndian || len <= SMALL) {
    return url ? base64urlSliceJS(buf, start, end) : base64SliceJS(buf, start, end);
  }
  let pair = url ? B64URLPAIR : B64PAIR;
  if (pair === null) {
    const t = url ? B64URL_CODES : B64_CODES;
    pair = new Uint16Array(4096);
    for (let i = 0; i < 4096; i++) pair[i] = t[i >> 6] | (t[i & 63] << 8);
    if (url) B64URLPAIR = pair; else B64PAIR = pair;
  }
  const groups = Math.floor(len / 3);
  const out8 = new Uint8Array(groups * 4);
  const out32 = new Uint32Array(out8.buffer);
  let i = start;
  for (let k = 0; k < groups; k++) {
    const v = (buf[i] << 16) | (buf[i + 1] << 8) | buf[i + 2];
    i += 3;
    out32[k] = pair[v >>> 12] | (pair[v & 4095] << 16);
  }
  let out = latin1SliceFast(out8, 0, out8.length);
  if (i < end) out += base64SliceImpl(buf, i, end, url ? B64URL_CODES : B64_CODES, !url);
  return out;
}
function base64SliceFastStd(buf, start, end) { return base64SliceFast(buf, start, end, false); }
function base64urlSliceFast(buf, start, end) { return base64SliceFast(buf, start, end, true); }

// Search: native first-byte scan; when candidates turn out frequent, search
// the rest as Latin-1 strings with the native String search.
function indexOfFast(buf, needle, byteOffset, dir) {
  const nlen = needle.length;
  const hlen = buf.length;
  if (nlen === 0) return byteOffset;
  if (nlen > hlen) return -1;
  const first = needle[0];
  const last = hlen - nlen;
  let misses = 0;
  if (dir) {
    let i = byteOffset;
    while (i <= last) {
      i = u8IndexOf.call(buf, first, i);
      if (i === -1 || i > last) return -1;
      let j = 1;
      while (j < nlen && buf[i + j] === needle[j]) j++;
      if (j === nlen) return i;
      i++;
      if (++misses > 16 && hlen - i > 64) {
        const hay = latin1SliceFast(buf, i, hlen);
        const r = hay.indexOf(latin1SliceFast(needle, 0, nlen));
        return r === -1 ? -1 : r + i;
      }
    }
    return -1;
  }
  let i = byteOffset < last ? byteOffset : last;
  while (i >= 0) {
    i = u8LastIndexOf.call(buf, first, i);
    if (i === -1) return -1;
    let j = 1;
    while (j < nlen && buf[i + j] === needle[j]) j++;
    if (j === nlen) return i;
    i--;
    if (++misses > 16 && i > 64) {
      const hay = latin1SliceFast(buf, 0, i + nlen);
      return hay.lastIndexOf(latin1SliceFast(needle, 0, nlen), i);
    }
  }
  return -1;
}

// Copies str[from, from + n) as bytes (char code & 0xff) into buf at p,
// four bytes per store when the destination is aligned.
function copyLatin1(buf, str, from, p, n) {
  let i = 0;
  if (littleEndian && n >= 32) {
    while (((buf.byteOffset + p + i) & 3) !== 0) { buf[p + i] = str.charCodeAt(from + i); i++; }
    const words = (n - i) >>> 2;
    const u32 = new Uint32Array(buf.buffer, buf.byteOffset + p + i, words);
    let j = from + i;
    for (let k = 0; k < words; k++, j += 4) {
      u32[k] = (str.charCodeAt(j) & 0xff) | ((str.charCodeAt(j + 1) & 0xff) << 8) |
        ((str.charCodeAt(j + 2) & 0xff) << 16) | (str.charCodeAt(j + 3) << 24);
    }
    i += words * 4;
  }
  for (; i < n; i++) buf[p + i] = str.charCodeAt(from + i);
}

function latin1WriteFast(buf, str, offset, maxLength) {
  let n = str.length;
  if (n > maxLength) n = maxLength;
  if (n > buf.length - offset) n = buf.length - offset;
  if (n <= 0) return 0;
  copyLatin1(buf, str, 0, offset, n);
  return n;
}

function utf8WriteFast(buf, str, offset, maxLength) {
  const len = str.length;
  let end = offset + maxLength;
  if (end > buf.length) end = buf.length;
  if (len < 32 || !littleEndian || end - offset < 32) return utf8WriteJS(buf, str, offset, maxLength);
  let p = offset;
  let i = 0;
  // ASCII prefix, four chars per store.
  while (((buf.byteOffset + p) & 3) !== 0 && i < len && p < end) {
    const c = str.charCodeAt(i);
    if (c >= 0x80) break;
    buf[p++] = c;
    i++;
  }
  if (((buf.byteOffset + p) & 3) === 0) {
    let words = (end - p) >>> 2;
    if (words > (len - i) >>> 2) words = (len - i) >>> 2;
    const u32 = new Uint32Array(buf.buffer, buf.byteOffset + p, words);
    let k = 0;
    for (; k < words; k++) {
      const a = str.charCodeAt(i);
      const b = str.charCodeAt(i + 1);
      const c = str.charCodeAt(i + 2);
      const d = str.charCodeAt(i + 3);
      if ((a | b | c | d) >= 0x80) break;
      u32[k] = a | (b << 8) | (c << 16) | (d << 24);
      i += 4;
    }
    p += k * 4;
  }
  if (i >= len || p >= end) return p - offset;
  const rest = len - i;
  if (rest >= 32) {
    // The rest as a binary string of its UTF-8 bytes (native); strings with
    // lone surrogates take the plain loop.
    let bin = null;
    try { bin = unescape(encodeURIComponent(i === 0 ? str : str.slice(i))); } catch { bin = null; }
    if (bin !== null) {
      let n = bin.length;
      if (n > end - p) {
        n = end - p;
        while (n > 0 && (bin.charCodeAt(n) & 0xc0) === 0x80) n--;
      }
      copyLatin1(buf, bin, 0, p, n);
      return p + n - offset;
    }
  }
  return p - offset + utf8WriteJS(buf, i === 0 ? str : str.slice(i), p, end - p);
}

// hex: validate with a regular expression, then parse eight digits at a
// time natively.
const NON_HEX = /[^0-9a-fA-F]/;
function hexWriteFast(buf, str, offset, maxLength) {
  let n = str.length >>> 1;
  if (n > maxLength) n = maxLength;
  if (n > buf.length - offset) n = buf.length - offset;
  if (n <= 16) return hexWriteJS(buf, str, offset, maxLength);
  const bad = str.slice(0, n * 2).search(NON_HEX);
  if (bad !== -1) n = bad >>> 1;
  const words = n >>> 2;
  if (words > 0) {
    const dv = new DataView(buf.buffer, buf.byteOffset + offset, words * 4);
    for (let k = 0; k < words; k++) dv.setUint32(k * 4, parseInt(str.substr(k * 8, 8), 16));
  }
  for (let i = words * 4; i < n; i++) {
    buf[offset + i] = (UNHEX[str.charCodeAt(2 * i)] << 4) | UNHEX[str.charCodeAt(2 * i + 1)];
  }
  return n;
}

function compareFast(a, b) {
  const alen = a.length;
  const blen = b.length;
  const n = alen < blen ? alen : blen;
  if (n <= 64) return compareJS(a, b);
  for (let i = 0; i < n; i += 4096) {
    const e = i + 4096 < n ? i + 4096 : n;
    const sa = fromCharCode.apply(null, a.subarray(i, e));
    const sb = fromCharCode.apply(null, b.subarray(i, e));
    if (sa !== sb) return sa < sb ? -1 : 1;
  }
  return alen < blen ? -1 : alen > blen ? 1 : 0;
}

function pick(name, js) {
  return binding !== null && typeof binding[name] === 'function' ? binding[name] : js;
}

// Contracts (all positions are integers already clamped to the buffer):
//   xxxWrite(buf: Uint8Array, str: string, offset, maxLength) -> bytes written
//     (never a partial character; offset <= buf.length; maxLength >= 0)
//   xxxSlice(buf: Uint8Array, start, end) -> string   (0 <= start <= end <= length)
//   byteLengthUtf8(str) -> number of UTF-8 bytes (lone surrogates count 3)
//   indexOf(buf, needle: Uint8Array, byteOffset, dir: boolean) -> index | -1
//   indexOfUcs2: same, 16-bit unit aligned
//   compare(a: Uint8Array, b: Uint8Array) -> -1 | 0 | 1
//   isUtf8 / isAscii(buf, start, end) -> boolean
const codec = {
  utf8Write: pick('utf8Write', utf8WriteFast),
  utf8Slice: pick('utf8Slice', utf8SliceFast),
  byteLengthUtf8: pick('byteLengthUtf8', byteLengthUtf8Fast),
  latin1Write: pick('latin1Write', latin1WriteFast),
  latin1Slice: pick('latin1Slice', latin1SliceFast),
  asciiWrite: pick('asciiWrite', latin1WriteFast),
  asciiSlice: pick('asciiSlice', asciiSliceFast),
  ucs2Write: pick('ucs2Write', ucs2WriteFast),
  ucs2Slice: pick('ucs2Slice', ucs2SliceFast),
  hexWrite: pick('hexWrite', hexWriteFast),
  hexSlice: pick('hexSlice', hexSliceFast),
  base64Write: pick('base64Write', base64WriteJS),
  base64urlWrite: pick('base64urlWrite', base64WriteJS),
  base64Slice: pick('base64Slice', base64SliceFastStd),
  base64urlSlice: pick('base64urlSlice', base64urlSliceFast),
  indexOf: pick('indexOf', indexOfFast),
  indexOfUcs2: pick('indexOfUcs2', indexOfUcs2JS),
  compare: pick('compare', compareFast),
  isUtf8: pick('isUtf8', isUtf8Fast),
  isAscii: pick('isAscii', isAsciiFast),
};

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
  if (byteLength === undefined) throw new ERR_INVALID_ARG_TYPE('byteLength', 'number', byteLength);
  if (byteLength === 4) return readUInt32LE.call(this, offset);
  if (byteLength === 2) return readUInt16LE.call(this, offset);
  if (byteLength === 1) return readUInt8.call(this, offset);
  if (byteLength === 3 || byteLength === 5 || byteLength === 6) return readUIntNLE(this, offset, byteLength);
  return boundsError(byteLength, 6, 'byteLength');
}
function readUIntBE(offset, byteLength) {
  if (byteLength === undefined) throw new ERR_INVALID_ARG_TYPE('byteLength', 'number', byteLength);
  if (byteLength === 4) return readUInt32BE.call(this, offset);
  if (byteLength === 2) return readUInt16BE.call(this, offset);
  if (byteLength === 1) return readUInt8.call(this, offset);
  if (byteLength === 3 || byteLength === 5 || byteLength === 6) return readUIntNBE(this, offset, byteLength);
  return boundsError(byteLength, 6, 'byteLength');
}
function readIntLE(offset, byteLength) {
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
