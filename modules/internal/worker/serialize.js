'use strict';
// The bytes a message is made of when it crosses isolates: the structured
// clone algorithm (as internal/structured_clone applies it within one
// isolate) written to a byte string and read back in the receiver. The
// format is wqnode's own: a tag byte per value, little-endian numbers,
// objects numbered in the order they are first met so that shared and
// circular references come back as such.
//
// serialize(value, transferList, sourcePort) -> { data: Uint8Array, ports, sabs }
//   ports: the MessagePorts transferred, in the order the bytes name them.
//   sabs: the SharedArrayBuffers met, likewise: the host shares them (the
//   receiver's are the same memory).
//   ArrayBuffers in transferList are detached once the value is written.
// deserialize(arrayBuffer, ports, buffers, sabs) -> value

const { dataCloneError, describe, typedArrayCtors, errorCtors, hostCloneOf, reviveHost } = require('internal/structured_clone');

const T = {
  undefined: 0, null: 1, true: 2, false: 3, int: 4, double: 5, latin1: 6, utf16: 7,
  bigint: 8, ref: 9, array: 10, object: 11, date: 12, regexp: 13, map: 14, set: 15,
  arraybuffer: 16, view: 17, error: 18, boxed: 19, port: 20, hole: 21, sab: 22, bufref: 23, host: 24,
};

const viewNames = Object.keys(typedArrayCtors).concat(['DataView']);

let types;
let kPortMarker; // set by internal/worker/io: (value) => true for MessagePorts

function setPortCheck(fn) { kPortMarker = fn; }

class Writer {
  constructor() {
    this.buf = new Uint8Array(256);
    this.view = new DataView(this.buf.buffer);
    this.len = 0;
  }

  reserve(n) {
    if (this.len + n <= this.buf.length) return;
    // Doubling, or just what a large buffer needs (no 2x slack).
    const size = Math.max(this.buf.length * 2, this.len + n + 256);
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
    this.view = new DataView(next.buffer);
  }

  byte(b) { this.reserve(1); this.buf[this.len++] = b; }

  u32(n) { this.reserve(4); this.view.setUint32(this.len, n, true); this.len += 4; }

  f64(n) { this.reserve(8); this.view.setFloat64(this.len, n, true); this.len += 8; }

  bytes(u8) { this.u32(u8.length); this.reserve(u8.length); this.buf.set(u8, this.len); this.len += u8.length; }

  string(s) {
    const n = s.length;
    let wide = false;
    for (let i = 0; i < n; i++) {
      if (s.charCodeAt(i) > 255) { wide = true; break; }
    }
    this.byte(wide ? T.utf16 : T.latin1);
    this.u32(n);
    this.reserve(wide ? 2 * n : n);
    const b = this.buf;
    let p = this.len;
    if (wide) {
      for (let i = 0; i < n; i++) {
        const c = s.charCodeAt(i);
        b[p++] = c & 0xff;
        b[p++] = c >> 8;
      }
    } else {
      for (let i = 0; i < n; i++) b[p++] = s.charCodeAt(i);
    }
    this.len = p;
  }
}

// Objects markAsUntransferable named: in a transfer list they are ignored
// (an ArrayBuffer is copied, a port must then not be in the message).
const untransferable = new WeakSet();

function markAsUntransferable(obj) {
  if ((typeof obj === 'object' && obj !== null) || typeof obj === 'function') untransferable.add(obj);
}

function isMarkedAsUntransferable(obj) {
  return obj !== null && typeof obj === 'object' && untransferable.has(obj);
}

// With outOfBand, ArrayBuffers of at least outOfBandMin bytes are not
// copied into the bytes: their views come back in `buffers`, for the host
// to copy once, and the transfer list is detached by `detach()`, which the
// caller calls once the host has them.
const outOfBandMin = 4096;

// One Writer is kept for postMessage (outOfBand), whose bytes the host
// copies before anything else runs; a nested serialize (a getter that
// posts) makes its own.
let spare = null;
const noList = Object.freeze([]);

function serialize(value, transferList, sourcePort, outOfBand = false) {
  types ??= internalBinding('types'); // native class checks: the JS brand checks throw, which is slow here
  const list = transferList ?? noList;
  // Allocated only when the message has them: most have none.
  let moving = null;
  const ports = [];
  const buffers = [];
  const sabs = [];
  for (let i = 0; i < list.length; i++) { // not for-of: programs may replace Array.prototype[Symbol.iterator]
    const t = list[i];
    if (t !== null && typeof t === 'object' && untransferable.has(t)) continue; // cloned, not moved
    if (types.isArrayBuffer(t)) {
      moving ??= new Set();
      if (moving.has(t)) throw dataCloneError('Transfer list contains duplicate ArrayBuffer');
      moving.add(t);
    } else if (kPortMarker?.(t)) {
      if (t === sourcePort) throw dataCloneError('Transfer list contains source port');
      if (ports.includes(t)) throw dataCloneError('Transfer list contains duplicate MessagePort');
      if (t[Symbol.for('wqnode.messagePort.detached')]()) throw dataCloneError('MessagePort in transfer list is already detached');
      ports.push(t);
    } else {
      throw new (require('internal/errors').codes.ERR_INVALID_TRANSFER_OBJECT)();
    }
  }
  let w;
  if (outOfBand && spare !== null) {
    w = spare;
    spare = null;
    w.len = 0;
  } else {
    w = new Writer();
  }
  let ids = null; // object -> its number, from the first object met

  function write(v) {
    switch (typeof v) {
      case 'undefined': w.byte(T.undefined); return;
      case 'boolean': w.byte(v ? T.true : T.false); return;
      case 'number':
        if ((v | 0) === v && !Object.is(v, -0)) { w.byte(T.int); w.u32(v >>> 0); } else { w.byte(T.double); w.f64(v); }
        return;
      case 'string': w.string(v); return;
      case 'bigint': w.byte(T.bigint); w.string(v.toString(16)); return;
      case 'symbol':
      case 'function':
        throw dataCloneError(`${describe(v)} could not be cloned.`);
    }
    if (v === null) { w.byte(T.null); return; }
    if (ids === null) {
      ids = new Map();
    } else {
      const seen = ids.get(v);
      if (seen !== undefined) { w.byte(T.ref); w.u32(seen); return; }
    }
    // One host call says what the engine's class of v is (the 'types'
    // binding's cloneKind numbers).
    const kind = types.cloneKind(v);
    switch (kind) {
      case 1: // ordinary object: a port, an Error made by hand, a Blob, a host object or plain
        if (kPortMarker?.(v)) {
          const i = ports.indexOf(v);
          if (i < 0) throw new (require('internal/errors').codes.ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST)();
          ids.set(v, ids.size);
          w.byte(T.port); w.u32(i);
          return;
        }
        break;
      case 2: { // array
        ids.set(v, ids.size);
        const n = v.length;
        w.byte(T.array); w.u32(n);
        for (let i = 0; i < n; i++) {
          if (Object.prototype.hasOwnProperty.call(v, i)) write(v[i]); else w.byte(T.hole);
        }
        const keys = Object.keys(v);
        let extra = 0;
        if (keys.length !== n) {
          extra = keys.filter((k) => !(String(k >>> 0) === k && (k >>> 0) < n));
        }
        if (extra === 0) { w.u32(0); return; }
        w.u32(extra.length);
        for (let i = 0; i < extra.length; i++) { const k = extra[i]; w.string(k); write(v[k]); }
        return;
      }
      case 3: ids.set(v, ids.size); w.byte(T.date); w.f64(v.getTime()); return;
      case 4: ids.set(v, ids.size); w.byte(T.regexp); w.string(v.source); w.string(v.flags); return;
      case 5:
        ids.set(v, ids.size);
        w.byte(T.map); w.u32(v.size);
        for (const [k, val] of v) { write(k); write(val); }
        return;
      case 6:
        ids.set(v, ids.size);
        w.byte(T.set); w.u32(v.size);
        for (const k of v) write(k);
        return;
      case 7: { // ArrayBuffer
        ids.set(v, ids.size);
        const bytes = v.detached ? new Uint8Array(0) : new Uint8Array(v);
        if (outOfBand && bytes.length >= outOfBandMin) {
          w.byte(T.bufref); w.u32(buffers.length);
          buffers.push(bytes);
          return;
        }
        w.byte(T.arraybuffer);
        w.bytes(bytes);
        return;
      }
      case 8: // SharedArrayBuffer
        ids.set(v, ids.size);
        w.byte(T.sab); w.u32(sabs.length);
        sabs.push(v);
        return;
      case 9: case 10: { // typed array, DataView
        ids.set(v, ids.size);
        const name = kind === 10 ? 'DataView' : Object.prototype.toString.call(v).slice(8, -1);
        w.byte(T.view); w.byte(Math.max(0, viewNames.indexOf(name)));
        write(v.buffer);
        w.u32(v.byteOffset); w.u32(kind === 10 ? v.byteLength : v.length);
        return;
      }
      case 11: break; // Error
      case 12: case 13: case 14: case 15: case 16: // boxed primitives
        ids.set(v, ids.size);
        w.byte(T.boxed); write(v.valueOf());
        return;
      default: // proxies, promises, weak collections, generators, functions' kin
        throw dataCloneError(`${describe(v)} could not be cloned.`);
    }
    ids.set(v, ids.size);
    if (kind === 11 || v instanceof Error) {
      w.byte(T.error);
      let name = 'Error';
      try {
        const n = v.name;
        if (Object.prototype.hasOwnProperty.call(errorCtors, n)) name = n;
      } catch {}
      w.string(name);
      const md = Object.getOwnPropertyDescriptor(v, 'message');
      if (md && 'value' in md) { w.byte(1); w.string(String(md.value)); } else w.byte(0);
      let stack;
      try { stack = v.stack; } catch {}
      if (typeof stack === 'string') { w.byte(1); w.string(stack); } else w.byte(0);
      if (Object.prototype.hasOwnProperty.call(v, 'cause')) { w.byte(1); write(v.cause); } else w.byte(0);
      return;
    }
    if (isBlob(v)) throw require('internal/not_implemented').notImplemented('Blob in postMessage');
    const host = hostCloneOf(v);
    if (host) {
      w.byte(T.host); w.string(host[0]); write(host[1]);
      return;
    }
    w.byte(T.object);
    const keys = Object.keys(v);
    w.u32(keys.length);
    for (let i = 0; i < keys.length; i++) { const k = keys[i]; w.string(k); write(v[k]); }
  }

  try {
    write(value);
  } catch (err) {
    if (outOfBand) spare = w;
    throw err;
  }
  const detach = moving === null ? noop : () => {
    for (const b of moving) {
      if (!b.detached) b.transfer();
    }
  };
  if (!outOfBand) detach();
  // The kept Writer's bytes are the caller's until its next postMessage.
  if (outOfBand && w.buf.length <= 65536) spare = w;
  return { data: w.buf.subarray(0, w.len), ports, buffers, sabs, detach };
}

function noop() {}

let Blob;
function isBlob(v) {
  Blob ??= require('buffer').Blob;
  return v instanceof Blob;
}

function deserialize(ab, ports, buffers = [], sabs = []) {
  const u8 = new Uint8Array(ab);
  let dv = null; // for doubles only
  let p = 0;
  const objs = [];
  const u32 = () => { const n = (u8[p] | (u8[p + 1] << 8) | (u8[p + 2] << 16) | (u8[p + 3] << 24)) >>> 0; p += 4; return n; };
  const f64 = () => { dv ??= new DataView(ab); const n = dv.getFloat64(p, true); p += 8; return n; };
  function str(tag = u8[p++]) {
    const n = u32();
    if (n === 1 && tag === T.latin1) return String.fromCharCode(u8[p++]);
    let s = '';
    const CHUNK = 8192;
    if (tag === T.latin1) {
      for (let i = 0; i < n; i += CHUNK) s += String.fromCharCode.apply(null, u8.subarray(p + i, p + Math.min(n, i + CHUNK)));
      p += n;
    } else {
      const units = new Uint16Array(n);
      for (let i = 0; i < n; i++) units[i] = u8[p + 2 * i] | (u8[p + 2 * i + 1] << 8);
      for (let i = 0; i < n; i += CHUNK) s += String.fromCharCode.apply(null, units.subarray(i, Math.min(n, i + CHUNK)));
      p += 2 * n;
    }
    return s;
  }
  function read() {
    const tag = u8[p++];
    switch (tag) {
      case T.undefined: return undefined;
      case T.null: return null;
      case T.true: return true;
      case T.false: return false;
      case T.int: return u32() | 0;
      case T.double: return f64();
      case T.latin1: case T.utf16: return str(tag);
      case T.bigint: { const s = str(); return s[0] === '-' ? -BigInt('0x' + s.slice(1)) : BigInt('0x' + s); }
      case T.ref: return objs[u32()];
      case T.port: { const port = ports[u32()]; objs.push(port); return port; }
      case T.array: {
        const n = u32();
        const out = new Array(n);
        objs.push(out);
        for (let i = 0; i < n; i++) {
          if (u8[p] === T.hole) { p++; continue; }
          out[i] = read();
        }
        for (let k = u32(); k > 0; k--) { const key = str(); out[key] = read(); }
        return out;
      }
      case T.date: { const d = new Date(f64()); objs.push(d); return d; }
      case T.regexp: { const i = objs.push(null) - 1; const src = str(); const flags = str(); return (objs[i] = new RegExp(src, flags)); }
      case T.boxed: { const i = objs.push(null) - 1; return (objs[i] = Object(read())); }
      case T.bufref: { const out = buffers[u32()]; objs.push(out); return out; }
      case T.arraybuffer: {
        const n = u32();
        const out = ab.slice(p, p + n);
        p += n;
        objs.push(out);
        return out;
      }
      case T.view: {
        const i = objs.push(null) - 1;
        const name = viewNames[u8[p++]];
        const buf = read();
        const off = u32(); const len = u32();
        const Ctor = name === 'DataView' ? DataView : typedArrayCtors[name];
        return (objs[i] = new Ctor(buf, off, len));
      }
      case T.map: {
        const out = new Map(); objs.push(out);
        for (let n = u32(); n > 0; n--) { const k = read(); out.set(k, read()); }
        return out;
      }
      case T.set: {
        const out = new Set(); objs.push(out);
        for (let n = u32(); n > 0; n--) out.add(read());
        return out;
      }
      case T.error: {
        const name = str();
        const out = Object.create((errorCtors[name] ?? Error).prototype);
        objs.push(out);
        const prop = (key, value) => Object.defineProperty(out, key, { value, writable: true, configurable: true, enumerable: false });
        if (u8[p++]) prop('message', str());
        if (u8[p++]) prop('stack', str());
        if (u8[p++]) prop('cause', read());
        return out;
      }
      case T.sab: {
        const sab = sabs[u32()];
        if (sab === undefined) break; // not shareable (see the 'messaging' binding)
        objs.push(sab);
        return sab;
      }
      case T.host: {
        const i = objs.push(null) - 1;
        const kind = str();
        return (objs[i] = reviveHost(kind, read()));
      }
      case T.object: {
        const out = {}; objs.push(out);
        for (let n = u32(); n > 0; n--) { const k = str(); out[k] = read(); }
        return out;
      }
    }
    throw dataCloneError('Unable to deserialize cloned data.');
  }
  return read();
}

module.exports = { serialize, deserialize, setPortCheck, markAsUntransferable, isMarkedAsUntransferable };
