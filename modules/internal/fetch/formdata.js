'use strict';

// FormData, its multipart/form-data encoding (a request body) and the
// parsing Body.formData() does of multipart and urlencoded bodies.

const {
  customInspect, illegalInvocation, argumentCount, toUSVString, defineToStringTag,
  makeEnumerable, inspect, pairIterator,
} = require('internal/fetch/util');

let bufferModule;
function lazyBuffer() {
  bufferModule ??= require('buffer');
  return bufferModule;
}

const kEntries = Symbol('entries');

function isBlob(v) {
  return v instanceof lazyBuffer().Blob;
}

function checkFormData(obj) {
  if (obj === null || typeof obj !== 'object' || !Object.prototype.hasOwnProperty.call(obj, kEntries)) {
    throw illegalInvocation();
  }
}

function makeEntry(name, value, filename, method) {
  name = toUSVString(name, `FormData.${method}`, 'name');
  if (isBlob(value)) {
    const { File } = lazyBuffer();
    if (!(value instanceof File) || filename !== undefined) {
      const fname = filename !== undefined ? toUSVString(filename, `FormData.${method}`, 'filename')
        : (value instanceof File ? value.name : 'blob');
      const opts = { type: value.type };
      if (value instanceof File) opts.lastModified = value.lastModified;
      value = new File([value], fname, opts);
    }
    return [name, value];
  }
  return [name, toUSVString(value, `FormData.${method}`, 'value')];
}

function checkValue(args, method) {
  if (args.length === 3 && !isBlob(args[1])) {
    throw new TypeError(`Failed to execute '${method}' on 'FormData': parameter 2 is not of type 'Blob'`);
  }
}

const makeIterator = pairIterator('FormData', (fd) => fd[kEntries]);

class FormData {
  constructor(form) {
    if (form !== undefined) {
      throw new TypeError('FormData constructor: Argument 1 could not be converted to: undefined.');
    }
    Object.defineProperty(this, kEntries, { value: [], writable: true });
  }

  append(name, value, filename = undefined) {
    checkFormData(this);
    argumentCount(arguments, 2, 'FormData.append');
    checkValue(arguments, 'append');
    this[kEntries].push(makeEntry(name, value, filename, 'append'));
  }

  delete(name) {
    checkFormData(this);
    argumentCount(arguments, 1, 'FormData.delete');
    name = toUSVString(name, 'FormData.delete', 'name');
    this[kEntries] = this[kEntries].filter((e) => e[0] !== name);
  }

  get(name) {
    checkFormData(this);
    argumentCount(arguments, 1, 'FormData.get');
    name = toUSVString(name, 'FormData.get', 'name');
    const e = this[kEntries].find((x) => x[0] === name);
    return e === undefined ? null : e[1];
  }

  getAll(name) {
    checkFormData(this);
    argumentCount(arguments, 1, 'FormData.getAll');
    name = toUSVString(name, 'FormData.getAll', 'name');
    return this[kEntries].filter((x) => x[0] === name).map((x) => x[1]);
  }

  has(name) {
    checkFormData(this);
    argumentCount(arguments, 1, 'FormData.has');
    name = toUSVString(name, 'FormData.has', 'name');
    return this[kEntries].some((x) => x[0] === name);
  }

  set(name, value, filename = undefined) {
    checkFormData(this);
    argumentCount(arguments, 2, 'FormData.set');
    checkValue(arguments, 'set');
    const entry = makeEntry(name, value, filename, 'set');
    const list = this[kEntries];
    const i = list.findIndex((x) => x[0] === entry[0]);
    if (i === -1) {
      list.push(entry);
    } else {
      list[i] = entry;
      this[kEntries] = list.filter((x, j) => j <= i || x[0] !== entry[0]);
    }
  }

  keys() {
    checkFormData(this);
    return makeIterator(this, 'key');
  }

  values() {
    checkFormData(this);
    return makeIterator(this, 'value');
  }

  entries() {
    checkFormData(this);
    return makeIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    checkFormData(this);
    argumentCount(arguments, 1, 'FormData.forEach');
    if (typeof callback !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'FormData': parameter 1 is not of type 'Function'.");
    }
    for (const [k, v] of this) callback.call(thisArg, v, k, this);
  }

  [customInspect](depth, options) {
    if (depth < 0) return '[FormData]';
    const obj = {};
    for (const [k, v] of this[kEntries]) {
      if (Object.prototype.hasOwnProperty.call(obj, k)) {
        if (Array.isArray(obj[k])) obj[k].push(v);
        else obj[k] = [obj[k], v];
      } else {
        obj[k] = v;
      }
    }
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `FormData ${inspect(obj, opts)}`;
  }
}

Object.defineProperty(FormData.prototype, Symbol.iterator, {
  value: FormData.prototype.entries, writable: true, configurable: true,
});
defineToStringTag(FormData.prototype, 'FormData');
makeEnumerable(FormData.prototype, ['append', 'delete', 'get', 'getAll', 'has', 'set', 'keys',
  'values', 'entries', 'forEach']);

function isFormData(v) {
  return v !== null && typeof v === 'object' && Object.prototype.hasOwnProperty.call(v, kEntries);
}

// ---- multipart/form-data encoding ----

function escapeName(s) {
  return s.replace(/\r?\n|\r/g, '\r\n').replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
}

function normalizeLinebreaks(s) {
  return s.replace(/\r?\n|\r/g, '\r\n');
}

// encodeMultipart returns { boundary, parts } where parts are strings and
// Blobs in order; a Blob keeps its bytes until the body is read.
function encodeMultipart(fd) {
  const boundary = `----formdata-undici-0${`${Math.floor(Math.random() * 1e11)}`.padStart(11, '0')}`;
  const prefix = `--${boundary}\r\nContent-Disposition: form-data`;
  const parts = [];
  for (const [name, value] of fd[kEntries]) {
    if (typeof value === 'string') {
      parts.push(`${prefix}; name="${escapeName(name)}"\r\n\r\n${normalizeLinebreaks(value)}\r\n`);
    } else {
      parts.push(`${prefix}; name="${escapeName(name)}"; filename="${escapeName(value.name)}"\r\n` +
        `Content-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`);
      parts.push(value);
      parts.push('\r\n');
    }
  }
  parts.push(`--${boundary}--\r\n`);
  return { boundary, parts };
}

// ---- parsing ----

function parseError() {
  return new TypeError('Failed to parse body as FormData.');
}

// indexOf finds needle in bytes through Buffer's search (not a loop over
// every position, which a body full of near-boundaries would make slow).
function indexOf(bytes, needle, from) {
  const { Buffer } = lazyBuffer();
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(needle, from);
}

function latin1(bytes, start, end) {
  let s = '';
  for (let i = start; i < end; i++) s += String.fromCharCode(bytes[i]);
  return s;
}

// parseDispositionParams reads `form-data; name="x"; filename="y"`: every
// parameter quoted (no escapes inside), as undici requires; null when it
// is not that.
function parseDispositionParams(value) {
  const params = {};
  const m = /^form-data\s*/i.exec(value);
  if (m === null) return null;
  const re = /\s*;\s*([!#$%&'*+\-.^_`|~0-9A-Za-z]+)="([^"]*)"\s*/y;
  re.lastIndex = m[0].length;
  while (re.lastIndex < value.length) {
    const p = re.exec(value);
    if (p === null) return null;
    const k = p[1].toLowerCase();
    if (!(k in params)) params[k] = p[2];
  }
  return params;
}

// the escapes encodeMultipart makes in names
function unescapeName(s) {
  return s.replace(/%0A/gi, '\n').replace(/%0D/gi, '\r').replace(/%22/g, '"');
}

function parseMultipart(bytes, boundary) {
  const { File } = lazyBuffer();
  const dec = new (require('internal/encoding').TextDecoder)();
  const enc = (s) => { const b = new Uint8Array(s.length); for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i) & 0xff; return b; };
  const delim = enc(`--${boundary}`);
  const next = enc(`\r\n--${boundary}`);
  const fd = new FormData();
  if (indexOf(bytes, delim, 0) !== 0) throw parseError();
  let pos = delim.length;
  for (;;) {
    if (bytes[pos] === 0x2d && bytes[pos + 1] === 0x2d) { // "--": the end, then at most a CRLF
      const rest = bytes.length - (pos + 2);
      if (rest === 0 || (rest === 2 && bytes[pos + 2] === 0x0d && bytes[pos + 3] === 0x0a)) return fd;
      throw parseError();
    }
    if (bytes[pos] !== 0x0d || bytes[pos + 1] !== 0x0a) throw parseError();
    pos += 2;
    const headEnd = indexOf(bytes, enc('\r\n\r\n'), pos);
    let name = null;
    let filename = null;
    let type = null;
    if (headEnd === -1 && !(bytes[pos] === 0x0d && bytes[pos + 1] === 0x0a)) throw parseError();
    let bodyStart;
    if (bytes[pos] === 0x0d && bytes[pos + 1] === 0x0a) {
      bodyStart = pos + 2; // no headers at all
    } else {
      const lines = latin1(bytes, pos, headEnd).split('\r\n');
      for (const line of lines) {
        const colon = line.indexOf(':');
        if (colon <= 0) throw parseError();
        const hn = line.slice(0, colon).trim().toLowerCase();
        const hv = line.slice(colon + 1).trim();
        if (hn === 'content-disposition') {
          const p = parseDispositionParams(hv);
          if (p === null) throw parseError();
          if (p.name !== undefined) name = p.name;
          if (p.filename !== undefined) filename = p.filename;
        } else if (hn === 'content-type') {
          type = hv;
        }
      }
      bodyStart = headEnd + 4;
    }
    if (name === null) throw parseError();
    // the next "--boundary" must come after the body's own CRLF
    const at = indexOf(bytes, delim, bodyStart);
    if (at === -1 || at < bodyStart + 2 || bytes[at - 2] !== 0x0d || bytes[at - 1] !== 0x0a) throw parseError();
    const end = at - 2;
    const body = bytes.subarray(bodyStart, end);
    name = unescapeName(dec.decode(enc(name)));
    if (filename !== null) {
      filename = unescapeName(dec.decode(enc(filename)));
      fd.append(name, new File([body.slice()], filename, { type: type ?? 'text/plain' }));
    } else {
      fd.append(name, dec.decode(body));
    }
    pos = end + next.length;
  }
}

module.exports = {
  FormData,
  isFormData,
  encodeMultipart,
  parseMultipart,
  parseError,
};
