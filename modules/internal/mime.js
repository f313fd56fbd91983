'use strict';
// util.MIMEType / util.MIMEParams: WHATWG MIME type parsing and serialization.

const { codes: { ERR_INVALID_MIME_SYNTAX } } = require('internal/errors');

// HTTP token code points: !#$%&'*+-.^_`|~ plus ASCII alphanumerics.
function isTokenCode(c) {
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)) return true;
  switch (c) {
    case 0x21: case 0x23: case 0x24: case 0x25: case 0x26: case 0x27: case 0x2A:
    case 0x2B: case 0x2D: case 0x2E: case 0x5E: case 0x5F: case 0x60: case 0x7C:
    case 0x7E:
      return true;
    default:
      return false;
  }
}

// HTTP quoted-string token code points: tab, 0x20-0x7E, 0x80-0xFF.
function isQuotedStringCode(c) {
  return c === 0x09 || (c >= 0x20 && c <= 0x7E) || (c >= 0x80 && c <= 0xFF);
}

function firstInvalid(str, test) {
  for (let i = 0; i < str.length; i++) {
    if (!test(str.charCodeAt(i))) return i;
  }
  return -1;
}

function isHttpWhitespace(ch) {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
}

function trimLeadingHttpWhitespace(str) {
  let start = 0;
  while (start < str.length && isHttpWhitespace(str[start])) start++;
  return str.slice(start);
}

function trimTrailingHttpWhitespace(str) {
  let end = str.length;
  while (end > 0 && isHttpWhitespace(str[end - 1])) end--;
  return str.slice(0, end);
}

function validateToken(value, production, input) {
  if (value.length === 0) throw new ERR_INVALID_MIME_SYNTAX(production, input, -1);
  const bad = firstInvalid(value, isTokenCode);
  if (bad !== -1) throw new ERR_INVALID_MIME_SYNTAX(production, input, bad);
}

function needsQuoting(value) {
  return value.length === 0 || firstInvalid(value, isTokenCode) !== -1;
}

function serializeValue(value) {
  if (!needsQuoting(value)) return value;
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

// Parses `;name=value` parameters starting at `pos` of `str` into `map`.
function parseParameters(str, pos, map) {
  const len = str.length;
  while (pos < len) {
    pos++; // past ';'
    while (pos < len && isHttpWhitespace(str[pos])) pos++;
    let nameEnd = pos;
    while (nameEnd < len && str[nameEnd] !== ';' && str[nameEnd] !== '=') nameEnd++;
    const name = str.slice(pos, nameEnd).toLowerCase();
    pos = nameEnd;
    if (pos >= len) break;
    if (str[pos] === ';') continue;
    pos++; // past '='
    if (pos >= len) break;
    let value;
    if (str[pos] === '"') {
      value = '';
      pos++;
      while (true) {
        let runEnd = pos;
        while (runEnd < len && str[runEnd] !== '"' && str[runEnd] !== '\\') runEnd++;
        value += str.slice(pos, runEnd);
        pos = runEnd;
        if (pos >= len) break;
        const ch = str[pos];
        pos++;
        if (ch === '\\') {
          if (pos >= len) {
            value += '\\';
            break;
          }
          value += str[pos];
          pos++;
        } else {
          break; // closing quote
        }
      }
      while (pos < len && str[pos] !== ';') pos++;
    } else {
      let valueEnd = pos;
      while (valueEnd < len && str[valueEnd] !== ';') valueEnd++;
      value = trimTrailingHttpWhitespace(str.slice(pos, valueEnd));
      pos = valueEnd;
      if (value.length === 0) continue;
    }
    if (name.length > 0 && firstInvalid(name, isTokenCode) === -1 &&
        firstInvalid(value, isQuotedStringCode) === -1 && !map.has(name)) {
      map.set(name, value);
    }
  }
}

class MIMEParams {
  #data = new Map();

  delete(name) {
    this.#data.delete(name);
  }

  get(name) {
    const data = this.#data;
    if (data.has(name)) return data.get(name);
    return null;
  }

  has(name) {
    return this.#data.has(name);
  }

  set(name, value) {
    name = `${name}`;
    value = `${value}`;
    if (name.length === 0) throw new ERR_INVALID_MIME_SYNTAX('parameter name', name, -1);
    const badName = firstInvalid(name, isTokenCode);
    if (badName !== -1) throw new ERR_INVALID_MIME_SYNTAX('parameter name', name, badName);
    const badValue = firstInvalid(value, isQuotedStringCode);
    if (badValue !== -1) throw new ERR_INVALID_MIME_SYNTAX('parameter value', value, badValue);
    this.#data.set(name, value);
  }

  * entries() {
    yield* this.#data.entries();
  }

  * keys() {
    yield* this.#data.keys();
  }

  * values() {
    yield* this.#data.values();
  }

  toString() {
    let out = '';
    for (const [name, value] of this.#data) {
      if (out.length > 0) out += ';';
      out += `${name}=${serializeValue(value)}`;
    }
    return out;
  }

  toJSON() {
    return this.toString();
  }

  static _map(params) {
    return params.#data;
  }
}

Object.defineProperty(MIMEParams.prototype, Symbol.iterator, {
  __proto__: null,
  configurable: true,
  writable: true,
  value: MIMEParams.prototype.entries,
});

const getParamsMap = MIMEParams._map;
delete MIMEParams._map;

class MIMEType {
  #type;
  #subtype;
  #parameters;

  constructor(string) {
    string = `${string}`;
    const input = trimLeadingHttpWhitespace(string);
    const len = input.length;
    let pos = 0;
    while (pos < len && input[pos] !== '/') pos++;
    const type = input.slice(0, pos);
    validateToken(type, 'type', string);
    if (pos >= len) throw new ERR_INVALID_MIME_SYNTAX('type', string, -1);
    pos++; // past '/'
    let subtypeEnd = pos;
    while (subtypeEnd < len && input[subtypeEnd] !== ';') subtypeEnd++;
    const subtype = trimTrailingHttpWhitespace(input.slice(pos, subtypeEnd));
    validateToken(subtype, 'subtype', string);
    this.#type = type.toLowerCase();
    this.#subtype = subtype.toLowerCase();
    this.#parameters = new MIMEParams();
    parseParameters(input, subtypeEnd, getParamsMap(this.#parameters));
  }

  get type() {
    return this.#type;
  }

  set type(value) {
    value = `${value}`;
    validateToken(value, 'type', value);
    this.#type = value.toLowerCase();
  }

  get subtype() {
    return this.#subtype;
  }

  set subtype(value) {
    value = `${value}`;
    validateToken(value, 'subtype', value);
    this.#subtype = value.toLowerCase();
  }

  get essence() {
    return `${this.#type}/${this.#subtype}`;
  }

  get params() {
    return this.#parameters;
  }

  toString() {
    let out = `${this.#type}/${this.#subtype}`;
    const params = this.#parameters.toString();
    if (params.length > 0) out += `;${params}`;
    return out;
  }

  toJSON() {
    return this.toString();
  }
}

module.exports = { MIMEParams, MIMEType };
