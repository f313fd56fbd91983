'use strict';
// punycode: RFC 3492 Punycode and IDNA label helpers (deprecated module,
// API of punycode.js 2.1.0). Written from the RFC and observed behaviour.

const BASE = 36;
const TMIN = 1;
const TMAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
const DELIMITER = '-';
const MAX_INT = 2147483647;

function fail(kind) {
  const messages = {
    overflow: 'Overflow: input needs wider integers to process',
    'not-basic': 'Illegal input >= 0x80 (not a basic code point)',
    'invalid-input': 'Invalid input',
  };
  throw new RangeError(messages[kind]);
}

// String -> array of code points; lone surrogates are kept as-is.
function ucs2decode(string) {
  const out = [];
  const len = string.length;
  let i = 0;
  while (i < len) {
    const c = string.charCodeAt(i++);
    if (c >= 0xd800 && c <= 0xdbff && i < len) {
      const d = string.charCodeAt(i);
      if ((d & 0xfc00) === 0xdc00) {
        out.push(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

function ucs2encode(codePoints) {
  let s = '';
  for (let i = 0; i < codePoints.length; i++) s += String.fromCodePoint(codePoints[i]);
  return s;
}

function digitValue(cp) {
  if (cp >= 0x30 && cp < 0x3a) return 26 + (cp - 0x30);
  if (cp >= 0x41 && cp < 0x5b) return cp - 0x41;
  if (cp >= 0x61 && cp < 0x7b) return cp - 0x61;
  return BASE;
}

function digitChar(d) {
  // 0..25 -> a..z, 26..35 -> 0..9
  return d < 26 ? d + 97 : d + 22;
}

function adapt(delta, numPoints, firstTime) {
  delta = firstTime ? Math.floor(delta / DAMP) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  let k = 0;
  while (delta > (((BASE - TMIN) * TMAX) >> 1)) {
    delta = Math.floor(delta / (BASE - TMIN));
    k += BASE;
  }
  return Math.floor(k + ((BASE - TMIN + 1) * delta) / (delta + SKEW));
}

function decode(input) {
  const output = [];
  const inputLength = input.length;
  let i = 0;
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;

  let basic = input.lastIndexOf(DELIMITER);
  if (basic < 0) basic = 0;
  for (let j = 0; j < basic; j++) {
    if (input.charCodeAt(j) >= 0x80) fail('not-basic');
    output.push(input.charCodeAt(j));
  }

  for (let idx = basic > 0 ? basic + 1 : 0; idx < inputLength;) {
    const oldi = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      if (idx >= inputLength) fail('invalid-input');
      const digit = digitValue(input.charCodeAt(idx++));
      if (digit >= BASE) fail('invalid-input');
      if (digit > Math.floor((MAX_INT - i) / w)) fail('overflow');
      i += digit * w;
      const t = k <= bias ? TMIN : (k >= bias + TMAX ? TMAX : k - bias);
      if (digit < t) break;
      const baseMinusT = BASE - t;
      if (w > Math.floor(MAX_INT / baseMinusT)) fail('overflow');
      w *= baseMinusT;
    }
    const out = output.length + 1;
    bias = adapt(i - oldi, out, oldi === 0);
    if (Math.floor(i / out) > MAX_INT - n) fail('overflow');
    n += Math.floor(i / out);
    i %= out;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

function encode(input) {
  const output = [];
  input = ucs2decode(input);
  const inputLength = input.length;
  let n = INITIAL_N;
  let delta = 0;
  let bias = INITIAL_BIAS;

  for (const cp of input) {
    if (cp < 0x80) output.push(String.fromCharCode(cp));
  }
  const basicLength = output.length;
  let handled = basicLength;
  if (basicLength) output.push(DELIMITER);

  while (handled < inputLength) {
    let m = MAX_INT;
    for (const cp of input) {
      if (cp >= n && cp < m) m = cp;
    }
    const hp1 = handled + 1;
    if (m - n > Math.floor((MAX_INT - delta) / hp1)) fail('overflow');
    delta += (m - n) * hp1;
    n = m;
    for (const cp of input) {
      if (cp < n && ++delta > MAX_INT) fail('overflow');
      if (cp === n) {
        let q = delta;
        for (let k = BASE; ; k += BASE) {
          const t = k <= bias ? TMIN : (k >= bias + TMAX ? TMAX : k - bias);
          if (q < t) break;
          const qMinusT = q - t;
          const baseMinusT = BASE - t;
          output.push(String.fromCharCode(digitChar(t + (qMinusT % baseMinusT))));
          q = Math.floor(qMinusT / baseMinusT);
        }
        output.push(String.fromCharCode(digitChar(q)));
        bias = adapt(delta, hp1, handled === basicLength);
        delta = 0;
        ++handled;
      }
    }
    ++delta;
    ++n;
  }
  return output.join('');
}

const SEPARATORS = /[\x2E\u3002\uFF0E\uFF61]/g;

function mapDomain(domain, fn) {
  const at = domain.split('@');
  let result = '';
  if (at.length > 1) {
    result = at[0] + '@';
    domain = at[1];
  }
  domain = domain.replace(SEPARATORS, '.');
  const encoded = domain.split('.').map(fn).join('.');
  return result + encoded;
}

function toUnicode(input) {
  return mapDomain(input, (label) =>
    (/^xn--/.test(label) ? decode(label.slice(4).toLowerCase()) : label));
}

function toASCII(input) {
  return mapDomain(input, (label) =>
    (/[^\0-\x7f]/.test(label) ? 'xn--' + encode(label) : label));
}

module.exports = {
  version: '2.1.0',
  ucs2: { decode: ucs2decode, encode: ucs2encode },
  decode,
  encode,
  toASCII,
  toUnicode,
};
