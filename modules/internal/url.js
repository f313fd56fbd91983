'use strict';
// WHATWG URL Standard implementation (URL, URLSearchParams) plus the helpers
// shared with the legacy `url` module. Written from the URL Standard and
// Node's documented/observed behaviour.

let _errors;
function codes() {
  if (_errors === undefined) _errors = require('internal/errors');
  return _errors.codes;
}

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const urlBinding = internalBinding('url');
// urlBinding.encode's sets (internal/whatwgurl).
const kQuerySet = 0;
const kSpecialQuerySet = 1;
const kFragmentSet = 2;
const kFormSet = 3;
const kUserinfoSet = 4;
// urlBinding.set's setters.
const kSetProtocol = 0;
const kSetHost = 1;
const kSetHostname = 2;
const kSetPort = 3;

// ---------------------------------------------------------------------------
// Strings

// Replaces lone surrogates with U+FFFD (WebIDL USVString conversion).
function toUSVString(v) {
  const s = `${v}`;
  return s.isWellFormed() ? s : s.toWellFormed();
}

function utf8Bytes(cp) {
  if (cp < 0x80) return [cp];
  if (cp < 0x800) return [0xc0 | (cp >> 6), 0x80 | (cp & 63)];
  if (cp < 0x10000) return [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)];
  return [0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)];
}

function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

// Percent-decodes `str` into bytes (non-ASCII code points as UTF-8).
function percentDecodeBytes(str) {
  const bytes = [];
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c === 37 && i + 2 < str.length) {
      const h = hexValue(str.charCodeAt(i + 1));
      const l = hexValue(str.charCodeAt(i + 2));
      if (h >= 0 && l >= 0) {
        bytes.push(h * 16 + l);
        i += 2;
        continue;
      }
    }
    if (c < 0x80) {
      bytes.push(c);
    } else {
      const cp = str.codePointAt(i);
      if (cp > 0xffff) i++;
      for (const b of utf8Bytes(cp)) bytes.push(b);
    }
  }
  return bytes;
}

// UTF-8 decode with replacement characters for invalid sequences.
function utf8Decode(bytes) {
  let out = '';
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    let need = 0;
    let cp = 0;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      cp = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      cp = b & 0xf;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      cp = b & 0x7;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else {
      out += '\ufffd';
      i++;
      continue;
    }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < need; k++, j++) {
      const c = bytes[j];
      if (j >= n || c < lower || c > upper) {
        ok = false;
        break;
      }
      lower = 0x80;
      upper = 0xbf;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (!ok) {
      out += '\ufffd';
      i = j;
      continue;
    }
    out += String.fromCodePoint(cp);
    i = j;
  }
  return out;
}

// ---------------------------------------------------------------------------
// Schemes

const SPECIAL = { __proto__: null, 'ftp': 21, 'file': null, 'http': 80, 'https': 443, 'ws': 80, 'wss': 443 };
function isSpecialScheme(s) {
  return s in SPECIAL;
}

// ---------------------------------------------------------------------------
// URL records. The parser and the setters' parses are the host's
// (internal/whatwgurl through urlBinding); a record is what the URL class
// builds from the host's offsets for the setters that edit it in place.

function hasCredentials(url) {
  return url.username !== '' || url.password !== '';
}

function serializePath(url) {
  if (url.opaque) return url.path;
  let out = '';
  for (const seg of url.path) out += '/' + seg;
  return out;
}

function serializeURL(url, excludeFragment) {
  let out = url.scheme + ':';
  if (url.host !== null) {
    out += '//';
    if (hasCredentials(url)) {
      out += url.username;
      if (url.password !== '') out += ':' + url.password;
      out += '@';
    }
    out += url.host;
    if (url.port !== null) out += ':' + url.port;
  }
  if (url.host === null && !url.opaque && url.path.length > 1 && url.path[0] === '') out += '/.';
  out += serializePath(url);
  if (url.query !== null) out += '?' + url.query;
  if (!excludeFragment && url.fragment !== null) out += '#' + url.fragment;
  return out;
}

function serializeOrigin(url) {
  switch (url.scheme) {
    case 'blob': {
      if (url.opaque) {
        const href = urlBinding.parse(url.path, undefined, parseOffsets);
        if (typeof href === 'string') {
          const inner = recordFromOffsets(href, parseOffsets);
          if (inner.scheme === 'http' || inner.scheme === 'https') return serializeOrigin(inner);
        }
      }
      return 'null';
    }
    case 'ftp': case 'http': case 'https': case 'ws': case 'wss':
      return `${url.scheme}://${url.host}${url.port !== null ? ':' + url.port : ''}`;
    default:
      return 'null';
  }
}

function cannotHaveCredentialsOrPort(url) {
  return url.host === null || url.host === '' || url.scheme === 'file';
}

function stripTrailingSpacesFromOpaquePath(url) {
  if (!url.opaque) return;
  if (url.fragment !== null || url.query !== null) return;
  url.path = url.path.replace(/ +$/, '');
}

// ---------------------------------------------------------------------------
// application/x-www-form-urlencoded

function parseUrlencoded(input) {
  const out = [];
  for (const seq of input.split('&')) {
    if (seq === '') continue;
    const eq = seq.indexOf('=');
    let name = eq === -1 ? seq : seq.slice(0, eq);
    let value = eq === -1 ? '' : seq.slice(eq + 1);
    out.push([decodeFormComponent(name), decodeFormComponent(value)]);
  }
  return out;
}

// Whether `s` holds a %XX escape. Like Node, a '+' between the characters
// of an escape does not interrupt it.
function hasEscape(s) {
  let state = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 37) {
      state = 1;
    } else if (c === 43) {
      continue;
    } else if (state > 0 && hexValue(c) >= 0) {
      if (++state === 3) return true;
    } else {
      state = 0;
    }
  }
  return false;
}

function decodeFormComponent(s) {
  s = toUSVString(s);
  const escaped = s.includes('%') && hasEscape(s);
  if (s.includes('+')) s = s.replaceAll('+', ' ');
  if (!escaped) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    // fall through
  }
  // Like Node, fall back to treating each UTF-16 code unit as one byte (its
  // low 8 bits), then decode the bytes as UTF-8.
  const bytes = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 37 && i + 2 < s.length) {
      const h = hexValue(s.charCodeAt(i + 1));
      const l = hexValue(s.charCodeAt(i + 2));
      if (h >= 0 && l >= 0) {
        bytes.push(h * 16 + l);
        i += 2;
        continue;
      }
    }
    bytes.push(c & 0xff);
  }
  return utf8Decode(bytes);
}

function serializeUrlencoded(list) {
  let out = '';
  for (let i = 0; i < list.length; i++) {
    if (i) out += '&';
    out += urlBinding.encode(list[i][0], kFormSet) + '=' + urlBinding.encode(list[i][1], kFormSet);
  }
  return out;
}

// ---------------------------------------------------------------------------
// URLSearchParams

function missingArgs(...names) {
  return new (codes().ERR_MISSING_ARGS)(...names);
}

class URLSearchParams {
  #list = [];
  #url = null;

  constructor(init = undefined) {
    if (init === undefined || init === null) {
      // empty
    } else if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && init instanceof URLSearchParams) {
        this.#list = init.#list.map((p) => [p[0], p[1]]);
      } else if (method != null) {
        if (typeof method !== 'function') {
          throw new (codes().ERR_ARG_NOT_ITERABLE)('Query pairs');
        }
        for (const pair of { [Symbol.iterator]() { return method.call(init); } }) {
          if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw new (codes().ERR_INVALID_TUPLE)('Each query pair', '[name, value]');
          }
          const arr = Array.from(pair);
          if (arr.length !== 2) {
            throw new (codes().ERR_INVALID_TUPLE)('Each query pair', '[name, value]');
          }
          this.#list.push([toUSVString(arr[0]), toUSVString(arr[1])]);
        }
      } else {
        const keys = Reflect.ownKeys(init);
        for (const key of keys) {
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (desc !== undefined && desc.enumerable) {
            const k = toUSVString(key);
            const v = toUSVString(init[key]);
            const idx = this.#list.findIndex((p) => p[0] === k);
            if (idx !== -1) this.#list[idx][1] = v;
            else this.#list.push([k, v]);
          }
        }
      }
    } else {
      let s = toUSVString(init);
      if (s[0] === '?') s = s.slice(1);
      this.#list = parseUrlencoded(s);
    }
  }

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#list in self)) {
      throw new (codes().ERR_INVALID_THIS)('URLSearchParams');
    }
  }

  #update() {
    const url = this.#url;
    if (url === null) return;
    const s = serializeUrlencoded(this.#list);
    const rec = url.record;
    rec.query = s === '' ? null : s;
    if (s === '') stripTrailingSpacesFromOpaquePath(rec);
    url.invalidate();
  }

  get size() {
    URLSearchParams.#check(this);
    return this.#list.length;
  }

  append(name, value) {
    URLSearchParams.#check(this);
    if (arguments.length < 2) throw missingArgs('name', 'value');
    this.#list.push([toUSVString(name), toUSVString(value)]);
    this.#update();
  }

  delete(name, value = undefined) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw missingArgs('name');
    name = toUSVString(name);
    if (value !== undefined) {
      value = toUSVString(value);
      this.#list = this.#list.filter((p) => !(p[0] === name && p[1] === value));
    } else {
      this.#list = this.#list.filter((p) => p[0] !== name);
    }
    this.#update();
  }

  get(name) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw missingArgs('name');
    name = toUSVString(name);
    for (const p of this.#list) if (p[0] === name) return p[1];
    return null;
  }

  getAll(name) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw missingArgs('name');
    name = toUSVString(name);
    const out = [];
    for (const p of this.#list) if (p[0] === name) out.push(p[1]);
    return out;
  }

  has(name, value = undefined) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw missingArgs('name');
    name = toUSVString(name);
    if (value !== undefined) {
      value = toUSVString(value);
      return this.#list.some((p) => p[0] === name && p[1] === value);
    }
    return this.#list.some((p) => p[0] === name);
  }

  set(name, value) {
    URLSearchParams.#check(this);
    if (arguments.length < 2) throw missingArgs('name', 'value');
    name = toUSVString(name);
    value = toUSVString(value);
    let found = false;
    const out = [];
    for (const p of this.#list) {
      if (p[0] === name) {
        if (!found) {
          p[1] = value;
          out.push(p);
          found = true;
        }
      } else {
        out.push(p);
      }
    }
    if (!found) out.push([name, value]);
    this.#list = out;
    this.#update();
  }

  sort() {
    URLSearchParams.#check(this);
    // Stable sort by UTF-16 code units of the names.
    const indexed = this.#list.map((p, i) => [p, i]);
    indexed.sort((a, b) => {
      if (a[0][0] < b[0][0]) return -1;
      if (a[0][0] > b[0][0]) return 1;
      return a[1] - b[1];
    });
    this.#list = indexed.map((x) => x[0]);
    this.#update();
  }

  entries() {
    URLSearchParams.#check(this);
    return createIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    URLSearchParams.#check(this);
    if (typeof callback !== 'function') {
      throw new (codes().ERR_INVALID_ARG_TYPE)('callback', 'Function', callback);
    }
    let list = this.#list;
    for (let i = 0; i < list.length; i++) {
      const [key, value] = list[i];
      callback.call(thisArg, value, key, this);
      list = this.#list;
    }
  }

  keys() {
    URLSearchParams.#check(this);
    return createIterator(this, 'key');
  }

  values() {
    URLSearchParams.#check(this);
    return createIterator(this, 'value');
  }

  toString() {
    URLSearchParams.#check(this);
    return serializeUrlencoded(this.#list);
  }

  [kInspect](depth, options, inspect) {
    URLSearchParams.#check(this);
    if (typeof depth === 'number' && depth < 0) return typeof options?.stylize === 'function' ? options.stylize('[Object]', 'special') : '[Object]';
    if (typeof inspect !== 'function') inspect = require('util').inspect;
    const separator = ', ';
    const innerOpts = { ...options };
    if (options.depth !== null && options.depth !== undefined) innerOpts.depth = depth;
    const innerInspect = (v) => inspect(v, innerOpts);
    const output = this.#list.map((p) => `${innerInspect(p[0])} => ${innerInspect(p[1])}`);
    const name = (this.constructor && this.constructor.name) || 'URLSearchParams';
    if (output.length === 0) return `${name} {}`;
    const length = output.reduce((a, s) => a + stripColors(s).length + separator.length, -separator.length);
    const breakLength = options.breakLength === undefined ? 80 : options.breakLength;
    if (length > breakLength) {
      return `${name} {\n  ${output.join(',\n  ')} }`;
    }
    return `${name} { ${output.join(separator)} }`;
  }

  // Internal accessors used by URL and the iterator.
  static getList(params) {
    return params.#list;
  }

  static setList(params, list) {
    params.#list = list;
  }

  static attach(params, url) {
    params.#url = url;
  }
}

function stripColors(s) {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\u001b\[\d\d?m/g, '');
}

const getList = URLSearchParams.getList;
const setList = URLSearchParams.setList;
const attachParams = URLSearchParams.attach;
delete URLSearchParams.getList;
delete URLSearchParams.setList;
delete URLSearchParams.attach;

Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  value: URLSearchParams.prototype.entries,
  writable: true,
  configurable: true,
  enumerable: false,
});
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, {
  value: 'URLSearchParams',
  writable: false,
  configurable: true,
  enumerable: false,
});

// Iterator objects

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
const iterState = new WeakMap();

const URLSearchParamsIteratorPrototype = Object.create(IteratorPrototype);

function createIterator(target, kind) {
  const it = Object.create(URLSearchParamsIteratorPrototype);
  iterState.set(it, { target, kind, index: 0 });
  return it;
}

function iterCheck(self) {
  const st = (self !== null && typeof self === 'object') ? iterState.get(self) : undefined;
  if (st === undefined) throw new (codes().ERR_INVALID_THIS)('URLSearchParamsIterator');
  return st;
}

function iterItem(kind, pair) {
  if (kind === 'key') return pair[0];
  if (kind === 'value') return pair[1];
  return [pair[0], pair[1]];
}

Object.defineProperties(URLSearchParamsIteratorPrototype, {
  next: {
    value: function next() {
      const st = iterCheck(this);
      const list = getList(st.target);
      if (st.index >= list.length) return { value: undefined, done: true };
      const pair = list[st.index++];
      return { value: iterItem(st.kind, pair), done: false };
    },
    writable: true,
    enumerable: true,
    configurable: true,
  },
  [kInspect]: {
    value: function inspectIterator(depth, options, inspect) {
      const st = iterCheck(this);
      if (typeof depth === 'number' && depth < 0) return typeof options?.stylize === 'function' ? options.stylize('[Object]', 'special') : '[Object]';
      if (typeof inspect !== 'function') inspect = require('util').inspect;
      const innerOpts = { ...options };
      if (options.depth !== null && options.depth !== undefined) innerOpts.depth = depth - 1;
      const list = getList(st.target);
      const output = [];
      for (let i = st.index; i < list.length; i++) {
        output.push(inspect(iterItem(st.kind, list[i]), innerOpts));
      }
      const total = output.reduce((a, s) => a + stripColors(s).length, 0) + 2 * output.length + 11;
      const breakLength = options.breakLength === undefined ? 80 : options.breakLength;
      if (total > breakLength) {
        return `URLSearchParams Iterator {\n  ${output.join(',\n  ')} }`;
      }
      return `URLSearchParams Iterator { ${output.join(', ')} }`;
    },
    writable: true,
    enumerable: false,
    configurable: true,
  },
  [Symbol.toStringTag]: {
    value: 'URLSearchParams Iterator',
    writable: false,
    enumerable: false,
    configurable: true,
  },
});

// ---------------------------------------------------------------------------
// URL

// As Node's URL parser (native code) throws it: a plain TypeError carrying
// code, input and base, whose toString has no [code].
function invalidUrl(input, base) {
  const err = new TypeError('Invalid URL');
  err.code = 'ERR_INVALID_URL';
  err.input = input;
  if (base != null) err.base = base;
  return err;
}

// The host's parser (internal/whatwgurl): parse(input, base, out) returns
// the href with its components' offsets in out, true without out, false
// for failure.
const parseOffsets = new Int32Array(13);

// Builds the URL record from an href and the host parser's offsets.
function recordFromOffsets(h, o) {
  const pathStart = o[8];
  const pathEnd = o[9];
  const opaque = o[10] === 1;
  const q = o[11];
  const f = o[12];
  let path;
  if (opaque) path = h.slice(pathStart, pathEnd);
  else if (pathEnd > pathStart) path = h.slice(pathStart + 1, pathEnd).split('/');
  else path = [];
  return {
    scheme: h.slice(0, o[0]),
    username: h.slice(o[1], o[2]),
    password: h.slice(o[3], o[4]),
    host: o[5] < 0 ? null : h.slice(o[5], o[6]),
    port: o[7] < 0 ? null : o[7],
    path,
    opaque,
    query: q < 0 ? null : h.slice(q, f < 0 ? h.length : f - 1),
    fragment: f < 0 ? null : h.slice(f),
  };
}

function brandError() {
  return new TypeError('Receiver must be an instance of class URL');
}

class URL {
  // The record, built from #href and #off on first use when the host
  // parsed the URL; setters change it and clear #href.
  #rec = null;
  #href = null;
  #off = null;
  #params = null;

  constructor(input, base = undefined) {
    if (arguments.length === 0) throw missingArgs('url');
    input = `${input}`;
    if (base !== undefined) base = `${base}`;
    const href = urlBinding.parse(input, base, parseOffsets);
    if (typeof href === 'string') {
      this.#href = href;
      this.#off = parseOffsets.slice();
      return;
    }
    throw invalidUrl(toUSVString(input), base === undefined ? base : toUSVString(base));
  }

  static #get(self) {
    if (self === null || typeof self !== 'object' || !(#rec in self)) throw brandError();
    if (self.#rec === null) {
      self.#rec = recordFromOffsets(self.#href, self.#off);
      self.#off = null;
    }
    return self.#rec;
  }

  // The host parser's offsets while the record is not built (getters
  // slice the href with them), else null.
  static #offsets(self) {
    if (self === null || typeof self !== 'object' || !(#rec in self)) throw brandError();
    return self.#off;
  }

  static #hrefOf(self) {
    if (self === null || typeof self !== 'object' || !(#rec in self)) throw brandError();
    if (self.#href === null) self.#href = serializeURL(self.#rec, false);
    return self.#href;
  }

  // Runs the protocol, host, hostname or port setter in the host, on the
  // href: the URL is then the new href and its offsets.
  static #set(self, attr, value) {
    const href = URL.#hrefOf(self);
    const r = urlBinding.set(href, attr, `${value}`, parseOffsets);
    if (typeof r !== 'string') return;
    self.#href = r;
    self.#off = parseOffsets.slice();
    self.#rec = null;
  }

  static #changed(self) {
    self.#href = null;
  }

  // Re-synchronises the searchParams object after the query changed.
  static #syncParams(self) {
    if (self.#params !== null) {
      const q = self.#rec.query;
      setList(self.#params, q ? parseUrlencoded(q) : []);
    }
  }

  [kInspect](depth, opts, inspect) {
    URL.#get(this);
    if (typeof depth === 'number' && depth < 0) return this;
    if (typeof inspect !== 'function') inspect = require('util').inspect;
    const ctor = (this.constructor && typeof this.constructor === 'function') ? this.constructor : URL;
    const obj = { __proto__: { constructor: ctor } };
    obj.href = this.href;
    obj.origin = this.origin;
    obj.protocol = this.protocol;
    obj.username = this.username;
    obj.password = this.password;
    obj.host = this.host;
    obj.hostname = this.hostname;
    obj.port = this.port;
    obj.pathname = this.pathname;
    obj.search = this.search;
    obj.searchParams = this.searchParams;
    obj.hash = this.hash;
    const innerOpts = { ...opts };
    return `${ctor.name} ${inspect(obj, innerOpts)}`;
  }

  toString() {
    return URL.#hrefOf(this);
  }

  get href() {
    return URL.#hrefOf(this);
  }

  set href(value) {
    URL.#get(this);
    value = `${value}`;
    const href = urlBinding.parse(value, undefined, parseOffsets);
    if (typeof href !== 'string') throw invalidUrl(toUSVString(value));
    this.#rec = recordFromOffsets(href, parseOffsets);
    this.#href = href;
    URL.#syncParams(this);
  }

  get origin() {
    return serializeOrigin(URL.#get(this));
  }

  get protocol() {
    const o = URL.#offsets(this);
    if (o !== null) return this.#href.slice(0, o[0] + 1);
    return URL.#get(this).scheme + ':';
  }

  set protocol(value) {
    URL.#set(this, kSetProtocol, value);
  }

  get username() {
    const o = URL.#offsets(this);
    if (o !== null) return this.#href.slice(o[1], o[2]);
    return URL.#get(this).username;
  }

  set username(value) {
    const rec = URL.#get(this);
    value = toUSVString(value);
    if (cannotHaveCredentialsOrPort(rec)) return;
    rec.username = urlBinding.encode(value, kUserinfoSet);
    URL.#changed(this);
  }

  get password() {
    const o = URL.#offsets(this);
    if (o !== null) return this.#href.slice(o[3], o[4]);
    return URL.#get(this).password;
  }

  set password(value) {
    const rec = URL.#get(this);
    value = toUSVString(value);
    if (cannotHaveCredentialsOrPort(rec)) return;
    rec.password = urlBinding.encode(value, kUserinfoSet);
    URL.#changed(this);
  }

  get host() {
    const o = URL.#offsets(this);
    if (o !== null) {
      if (o[5] === o[6]) return '';
      return this.#href.slice(o[5], o[7] < 0 ? o[6] : o[8]);
    }
    const rec = URL.#get(this);
    if (rec.host === null || rec.host === '') return '';
    if (rec.port === null) return rec.host;
    return `${rec.host}:${rec.port}`;
  }

  set host(value) {
    URL.#set(this, kSetHost, value);
  }

  get hostname() {
    const o = URL.#offsets(this);
    if (o !== null) return o[5] < 0 ? '' : this.#href.slice(o[5], o[6]);
    const rec = URL.#get(this);
    return rec.host === null ? '' : rec.host;
  }

  set hostname(value) {
    URL.#set(this, kSetHostname, value);
  }

  get port() {
    const o = URL.#offsets(this);
    if (o !== null) return o[7] < 0 ? '' : `${o[7]}`;
    const rec = URL.#get(this);
    return rec.port === null ? '' : String(rec.port);
  }

  set port(value) {
    URL.#set(this, kSetPort, value);
  }

  get pathname() {
    const o = URL.#offsets(this);
    if (o !== null) return this.#href.slice(o[8], o[9]);
    return serializePath(URL.#get(this));
  }

  set pathname(value) {
    const rec = URL.#get(this);
    value = toUSVString(value);
    if (rec.opaque) return;
    const path = urlBinding.pathname(rec.scheme, rec.host !== null, value);
    rec.path = path === '' ? [] : path.slice(1).split('/');
    URL.#changed(this);
  }

  get search() {
    const o = URL.#offsets(this);
    if (o !== null) {
      const q = o[11];
      if (q < 0) return '';
      const end = o[12] < 0 ? this.#href.length : o[12] - 1;
      return end === q ? '' : this.#href.slice(q - 1, end);
    }
    const q = URL.#get(this).query;
    return q === null || q === '' ? '' : '?' + q;
  }

  set search(value) {
    const rec = URL.#get(this);
    value = toUSVString(value);
    if (value === '') {
      rec.query = null;
      stripTrailingSpacesFromOpaquePath(rec);
      URL.#changed(this);
      URL.#syncParams(this);
      return;
    }
    const input = value[0] === '?' ? value.slice(1) : value;
    rec.query = urlBinding.encode(input, isSpecialScheme(rec.scheme) ? kSpecialQuerySet : kQuerySet);
    URL.#changed(this);
    URL.#syncParams(this);
  }

  get searchParams() {
    URL.#offsets(this);
    if (this.#params === null) {
      const params = new URLSearchParams();
      const q = this.search;
      if (q !== '') setList(params, parseUrlencoded(q.slice(1)));
      const self = this;
      attachParams(params, {
        get record() {
          return URL.#get(self);
        },
        invalidate() {
          self.#href = null;
        },
      });
      this.#params = params;
    }
    return this.#params;
  }

  get hash() {
    const o = URL.#offsets(this);
    if (o !== null) {
      const h = this.#href;
      return o[12] < 0 || o[12] === h.length ? '' : h.slice(o[12] - 1);
    }
    const f = URL.#get(this).fragment;
    return f === null || f === '' ? '' : '#' + f;
  }

  set hash(value) {
    const rec = URL.#get(this);
    value = toUSVString(value);
    if (value === '') {
      rec.fragment = null;
      stripTrailingSpacesFromOpaquePath(rec);
      URL.#changed(this);
      return;
    }
    rec.fragment = urlBinding.encode(value[0] === '#' ? value.slice(1) : value, kFragmentSet);
    URL.#changed(this);
  }

  toJSON() {
    return URL.#hrefOf(this);
  }

  static parse(url, base = undefined) {
    if (arguments.length === 0) throw missingArgs('url');
    try {
      return new URL(url, base);
    } catch (err) {
      if (err && err.code === 'ERR_INVALID_URL') return null;
      throw err;
    }
  }

  static canParse(url, base = undefined) {
    if (arguments.length === 0) throw missingArgs('url');
    url = `${url}`;
    if (base !== undefined) base = `${base}`;
    return urlBinding.parse(url, base);
  }

  static createObjectURL(obj) {
    let Blob;
    try {
      Blob = require('buffer').Blob;
    } catch {
      Blob = undefined;
    }
    if (typeof Blob !== 'function' || !(obj instanceof Blob)) {
      throw new (codes().ERR_INVALID_ARG_TYPE)('obj', 'Blob', obj);
    }
    throw new (codes().ERR_METHOD_NOT_IMPLEMENTED)('createObjectURL()');
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw missingArgs('url');
    // Nothing is ever registered, so there is nothing to revoke.
  }

  // Internal: raw record access for helpers in this module.
  static recordOf(url) {
    return URL.#get(url);
  }

  static isURLInstance(v) {
    return v !== null && typeof v === 'object' && #rec in v;
  }
}

const recordOf = URL.recordOf;
const isURL = URL.isURLInstance;
delete URL.recordOf;
delete URL.isURLInstance;

// Match Node: accessors and methods are enumerable.
for (const proto of [URL.prototype, URLSearchParams.prototype]) {
  for (const key of Object.getOwnPropertyNames(proto)) {
    if (key === 'constructor') continue;
    const d = Object.getOwnPropertyDescriptor(proto, key);
    d.enumerable = true;
    Object.defineProperty(proto, key, d);
  }
}
for (const key of ['parse', 'canParse', 'createObjectURL', 'revokeObjectURL']) {
  const d = Object.getOwnPropertyDescriptor(URL, key);
  d.enumerable = true;
  Object.defineProperty(URL, key, d);
}
Object.defineProperty(URL.prototype, Symbol.toStringTag, {
  value: 'URL',
  writable: false,
  configurable: true,
  enumerable: false,
});

// ---------------------------------------------------------------------------
// Domain helpers (url.domainToASCII / url.domainToUnicode)

function domainToASCII(domain) {
  if (arguments.length < 1) throw missingArgs('domain');
  domain = `${domain}`;
  const host = urlBinding.host(domain);
  return host === false ? '' : host;
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw missingArgs('domain');
  domain = `${domain}`;
  const host = urlBinding.host(domain);
  if (host === false) return '';
  if (host.startsWith('[')) return host;
  return urlBinding.domainToUnicode(host);
}

// ---------------------------------------------------------------------------
// File URL helpers

function isWindowsOption(options) {
  if (options !== undefined && options !== null && typeof options === 'object' && 'windows' in options) {
    return Boolean(options.windows);
  }
  return false;
}

function fileURLToPath(path, options = undefined) {
  const windows = isWindowsOption(options);
  let url;
  if (typeof path === 'string') {
    url = new URL(path);
  } else if (isURL(path) || (path != null && path.href && path.protocol &&
             path.auth === undefined && path.path === undefined)) {
    url = path;
  } else {
    throw new (codes().ERR_INVALID_ARG_TYPE)('path', ['string', 'URL'], path);
  }
  if (url.protocol !== 'file:') throw new (codes().ERR_INVALID_URL_SCHEME)('file');
  return windows ? getPathFromURLWin32(url) : getPathFromURLPosix(url);
}

function getPathFromURLPosix(url) {
  if (url.hostname !== '') {
    throw new (codes().ERR_INVALID_FILE_URL_HOST)(process.platform);
  }
  const pathname = url.pathname;
  for (let n = pathname.indexOf('%'); n !== -1; n = pathname.indexOf('%', n + 1)) {
    const third = pathname.codePointAt(n + 2) | 0x20;
    if (pathname[n + 1] === '2' && third === 102) {
      throw new (codes().ERR_INVALID_FILE_URL_PATH)('must not include encoded / characters');
    }
  }
  return pathname.includes('%') ? decodeURIComponent(pathname) : pathname;
}

function getPathFromURLWin32(url) {
  const hostname = url.hostname;
  let pathname = url.pathname;
  for (let n = pathname.indexOf('%'); n !== -1; n = pathname.indexOf('%', n + 1)) {
    const third = pathname.codePointAt(n + 2) | 0x20;
    if ((pathname[n + 1] === '2' && third === 102) || (pathname[n + 1] === '5' && third === 99)) {
      throw new (codes().ERR_INVALID_FILE_URL_PATH)('must not include encoded \\ or / characters');
    }
  }
  pathname = pathname.replace(/\//g, '\\');
  pathname = decodeURIComponent(pathname);
  if (hostname !== '') {
    return `\\\\${domainToUnicode(hostname)}${pathname}`;
  }
  const letter = pathname.codePointAt(1) | 0x20;
  const sep = pathname[2];
  if (letter < 97 || letter > 122 || sep !== ':') {
    throw new (codes().ERR_INVALID_FILE_URL_PATH)('must be absolute');
  }
  return pathname.slice(1);
}

function decodeURIComponentLoose(s) {
  return utf8Decode(percentDecodeBytes(s));
}

function encodePathChars(filepath, windows) {
  if (filepath.includes('%')) filepath = filepath.replace(/%/g, '%25');
  if (!windows && filepath.includes('\\')) filepath = filepath.replace(/\\/g, '%5C');
  if (filepath.includes('\n')) filepath = filepath.replace(/\n/g, '%0A');
  if (filepath.includes('\r')) filepath = filepath.replace(/\r/g, '%0D');
  if (filepath.includes('\t')) filepath = filepath.replace(/\t/g, '%09');
  return filepath;
}

function pathToFileURL(filepath, options = undefined) {
  const windows = isWindowsOption(options);
  if (typeof filepath !== 'string') {
    throw new (codes().ERR_INVALID_ARG_TYPE)('path', 'string', filepath);
  }
  const path = require('path');
  if (windows && filepath.startsWith('\\\\')) {
    const outURL = new URL('file://');
    const isExtendedUNC = filepath.startsWith('\\\\?\\UNC\\');
    const prefixLength = isExtendedUNC ? 8 : 2;
    const hostnameEndIndex = filepath.indexOf('\\', prefixLength);
    if (hostnameEndIndex === -1) {
      throw new (codes().ERR_INVALID_ARG_VALUE)(
        'path', filepath, 'Missing UNC resource path');
    }
    if (hostnameEndIndex === 2) {
      throw new (codes().ERR_INVALID_ARG_VALUE)('path', filepath, 'Empty UNC servername');
    }
    const hostname = filepath.slice(prefixLength, hostnameEndIndex);
    outURL.hostname = domainToASCII(hostname);
    outURL.pathname = encodePathChars(filepath.slice(hostnameEndIndex).replace(/\\/g, '/'), windows);
    return outURL;
  }
  let resolved;
  if (!windows && filepath[0] === '/' && filepath[filepath.length - 1] !== '/' &&
      !filepath.includes('/.') && !filepath.includes('//')) {
    resolved = filepath; // absolute and normalized already: resolve would return it
  } else {
    resolved = windows ? path.win32.resolve(filepath) : path.posix.resolve(filepath);
  }
  const last = filepath.charCodeAt(filepath.length - 1);
  if ((last === 0x2f || (windows && last === 0x5c)) &&
      resolved[resolved.length - 1] !== path.sep) {
    resolved += '/';
  }
  if (windows) resolved = resolved.replace(/\\/g, '/');
  // Percent-encode characters that would otherwise be read as URL syntax.
  resolved = encodePathChars(resolved, windows);
  if (resolved.includes('?')) resolved = resolved.replace(/\?/g, '%3F');
  if (resolved.includes('#')) resolved = resolved.replace(/#/g, '%23');
  return new URL(`file://${resolved}`);
}

function toPathIfFileURL(fileURLOrPath) {
  if (!isURL(fileURLOrPath)) return fileURLOrPath;
  return fileURLToPath(fileURLOrPath);
}

function urlToHttpOptions(url) {
  const options = {
    protocol: url.protocol,
    hostname: typeof url.hostname === 'string' && url.hostname.startsWith('[') ?
      url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: `${url.pathname || ''}${url.search || ''}`,
    href: url.href,
  };
  if (url.port !== '') options.port = Number(url.port);
  if (url.username || url.password) {
    options.auth = `${decodeURIComponentLoose(url.username)}:${decodeURIComponentLoose(url.password)}`;
  }
  return options;
}

// Serialises a WHATWG URL for url.format(URL, options).
function formatURL(urlObject, options) {
  const rec = recordOf(urlObject);
  let fragment = true;
  let unicode = false;
  let search = true;
  let auth = true;
  if (options) {
    if (typeof options !== 'object') {
      throw new (codes().ERR_INVALID_ARG_TYPE)('options', 'Object', options);
    }
    if ('fragment' in options) fragment = Boolean(options.fragment);
    if ('unicode' in options) unicode = Boolean(options.unicode);
    if ('search' in options) search = Boolean(options.search);
    if ('auth' in options) auth = Boolean(options.auth);
  }
  let out = rec.scheme + ':';
  if (rec.host !== null) {
    out += '//';
    if (auth && hasCredentials(rec)) {
      out += rec.username;
      if (rec.password !== '') out += ':' + rec.password;
      out += '@';
    }
    out += unicode ? domainToUnicode(rec.host) : rec.host;
    if (rec.port !== null) out += ':' + rec.port;
  }
  if (rec.host === null && !rec.opaque && rec.path.length > 1 && rec.path[0] === '') out += '/.';
  out += serializePath(rec);
  if (search && rec.query !== null) out += '?' + rec.query;
  if (fragment && rec.fragment !== null) out += '#' + rec.fragment;
  return out;
}

module.exports = {
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  pathToFileURL,
  toPathIfFileURL,
  urlToHttpOptions,
  formatURL,
  isURL,
  toUSVString,
};
