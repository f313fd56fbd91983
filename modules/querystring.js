'use strict';
// querystring: parse and format URL query strings (Node's `querystring`).
// Written from Node's documentation and observed behaviour.

let _errors;
function errors() {
  if (_errors === undefined) _errors = require('internal/errors');
  return _errors;
}

let _Buffer;
function getBuffer() {
  if (_Buffer === undefined) _Buffer = require('buffer').Buffer;
  return _Buffer;
}

const HEX = '0123456789ABCDEF';
const HEX_TABLE = [];
for (let i = 0; i < 256; i++) HEX_TABLE.push('%' + HEX[i >> 4] + HEX[i & 15]);

// Characters left alone by querystring.escape():
// A-Z a-z 0-9 - . _ ~ ! ' ( ) *
const NO_ESCAPE = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z0-9\-._~!'()*]/.test(ch)) NO_ESCAPE[c] = 1;
}

function invalidURI() {
  const E = errors().codes.ERR_INVALID_URI;
  return new E();
}

// Percent-encodes `str` as UTF-8, leaving the characters of `keep` (a
// 128-entry table) untouched. Lone surrogates throw ERR_INVALID_URI.
function encodeStr(str, keep) {
  const len = str.length;
  if (len === 0) return '';
  let out = '';
  let last = 0;
  for (let i = 0; i < len; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (keep[c] === 1) continue;
      if (last < i) out += str.slice(last, i);
      last = i + 1;
      out += HEX_TABLE[c];
      continue;
    }
    if (last < i) out += str.slice(last, i);
    if (c < 0x800) {
      out += HEX_TABLE[0xc0 | (c >> 6)] + HEX_TABLE[0x80 | (c & 0x3f)];
    } else if (c < 0xd800 || c >= 0xe000) {
      out += HEX_TABLE[0xe0 | (c >> 12)] + HEX_TABLE[0x80 | ((c >> 6) & 0x3f)] +
        HEX_TABLE[0x80 | (c & 0x3f)];
    } else {
      // Surrogate: combines with whatever code unit follows it.
      if (i + 1 >= len) throw invalidURI();
      const c2 = str.charCodeAt(++i);
      c = 0x10000 + (((c & 0x3ff) << 10) | (c2 & 0x3ff));
      out += HEX_TABLE[0xf0 | (c >> 18)] + HEX_TABLE[0x80 | ((c >> 12) & 0x3f)] +
        HEX_TABLE[0x80 | ((c >> 6) & 0x3f)] + HEX_TABLE[0x80 | (c & 0x3f)];
    }
    last = i + 1;
  }
  if (last === 0) return str;
  if (last < len) out += str.slice(last);
  return out;
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  return encodeStr(str, NO_ESCAPE);
}

function hexVal(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

function unescapeBuffer(s, decodeSpaces) {
  const Buffer = getBuffer();
  const len = s.length;
  const out = Buffer.allocUnsafe(len);
  if (typeof s !== 'string') s = String(s);
  let n = 0;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    if (c === 37 && i + 2 < len) {
      const h = hexVal(s.charCodeAt(i + 1));
      const l = hexVal(s.charCodeAt(i + 2));
      if (h >= 0 && l >= 0) {
        out[n++] = h * 16 + l;
        i += 2;
        continue;
      }
    }
    out[n++] = (c === 43 && decodeSpaces) ? 32 : c & 0xff;
  }
  return n < out.length ? out.slice(0, n) : out;
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return unescapeBuffer(s, decodeSpaces).toString();
  }
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return '' + v;
  if (typeof v === 'bigint') return '' + v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function encodeValue(v, encode) {
  return encode(stringifyPrimitive(v));
}

function stringify(obj, sep, eq, options) {
  sep ||= '&';
  eq ||= '=';
  let encode = qsEscape;
  if (options && typeof options.encodeURIComponent === 'function') {
    encode = options.encodeURIComponent;
  }
  if (obj !== null && typeof obj === 'object') {
    const keys = Object.keys(obj);
    const len = keys.length;
    let fields = '';
    for (let i = 0; i < len; ++i) {
      const k = keys[i];
      const v = obj[k];
      let ks = encode(stringifyPrimitive(k));
      ks += eq;
      if (Array.isArray(v)) {
        const vlen = v.length;
        if (vlen === 0) continue;
        if (fields) fields += sep;
        for (let j = 0; j < vlen; ++j) {
          if (j) fields += sep;
          fields += ks;
          fields += encodeValue(v[j], encode);
        }
      } else {
        if (fields) fields += sep;
        fields += ks;
        fields += encodeValue(v, encode);
      }
    }
    return fields;
  }
  return '';
}

// Counts the well-formed %XX sequences of `s` (stops counting at `max`).
function countEscapes(s, max) {
  let n = 0;
  for (let i = s.indexOf('%'); i !== -1 && i + 2 < s.length; i = s.indexOf('%', i + 1)) {
    if (hexVal(s.charCodeAt(i + 1)) >= 0 && hexVal(s.charCodeAt(i + 2)) >= 0) {
      if (++n >= max) return n;
      i += 2;
    }
  }
  return n;
}

// Whether a key or value holds a %XX escape, following Node's scanner:
// characters that partially match a multi-character separator (or, in a
// key, the '=' sequence) and, in a value, '+' are skipped without
// interrupting an escape.
function scanEscape(s, isValue, sep, eq) {
  let state = 0;
  let sepIdx = 0;
  let eqIdx = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (sep.length > 1) {
      if (c === sep.charCodeAt(sepIdx)) {
        sepIdx++;
        continue;
      }
      sepIdx = 0;
    }
    if (eq.length > 1) {
      if (c === eq.charCodeAt(eqIdx)) {
        eqIdx++;
        continue;
      }
      eqIdx = 0;
    }
    if (c === 37) {
      state = 1;
    } else if (isValue && c === 43) {
      continue;
    } else if (state > 0 && hexVal(c) >= 0) {
      if (++state === 3) return true;
    } else {
      state = 0;
    }
  }
  return false;
}

function decodeStr(s, decoder) {
  try {
    return decoder(s);
  } catch {
    return qsUnescape(s, true);
  }
}

function addPair(obj, key, value) {
  if (key in obj) {
    const cur = obj[key];
    if (Array.isArray(cur)) cur.push(value);
    else obj[key] = [cur, value];
  } else {
    obj[key] = value;
  }
}

function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;

  sep = sep ? String(sep) : '&';
  eq = eq ? String(eq) : '=';

  let pairs = 1000;
  if (options && typeof options.maxKeys === 'number') {
    pairs = options.maxKeys > 0 ? options.maxKeys : 0;
  }
  let decode = qsUnescape;
  if (options && typeof options.decodeURIComponent === 'function') {
    decode = options.decodeURIComponent;
  }
  const custom = decode !== qsUnescape;

  // `force` decodes even without an escape: Node decodes a value whenever
  // its key held two or more escapes.
  const decodePart = (part, force, isValue) => {
    if (part.length === 0) return part;
    const plus = part.indexOf('+') !== -1;
    if (custom) {
      if (plus) part = part.replace(/\+/g, '%20');
      return decodeStr(part, decode);
    }
    const escaped = force || scanEscape(part, isValue, sep, isValue ? '' : eq);
    if (plus) part = part.replace(/\+/g, ' ');
    if (!escaped) return part;
    return decodeStr(part, decode);
  };

  let count = 0;
  let pos = 0;
  const len = qs.length;
  while (pos <= len) {
    let next = qs.indexOf(sep, pos);
    if (next === -1) next = len;
    const segment = qs.slice(pos, next);
    pos = next + sep.length;
    if (pairs !== 0 && ++count > pairs) break;
    if (segment.length === 0) {
      if (next === len) break;
      continue;
    }
    const eqIdx = segment.indexOf(eq);
    let key;
    let value;
    if (eqIdx === -1) {
      key = segment;
      value = '';
    } else {
      key = segment.slice(0, eqIdx);
      value = segment.slice(eqIdx + eq.length);
    }
    const force = !custom && value.length > 0 && countEscapes(key, 2) >= 2;
    addPair(obj, decodePart(key, false, false), decodePart(value, force, true));
    if (next === len) break;
  }
  return obj;
}

module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
