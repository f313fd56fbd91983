package hostnet

// httpParserJS makes HTTPParser and ConnectionsList on the binding object
// from the raw step functions (see HTTPParser). It is evaluated once per
// isolate when the binding is first loaded.
const httpParserJS = `(function (raw, methods, allMethods) {
'use strict';
// Buffer is looked up when first needed: the binding may load before it.
let FB;
const B = {
  from: (x) => (FB || (FB = globalThis.Buffer)).from(x),
  alloc: (n) => (FB || (FB = globalThis.Buffer)).alloc(n),
  // a Buffer over bytes [o, o+n) of buf (no copy when buf is a Buffer)
  slice: (buf, o, n) => {
    const F = FB || (FB = globalThis.Buffer);
    return typeof F === 'function' && buf instanceof F ? buf.subarray(o, o + n) : F.from(buf.subarray(o, o + n));
  },
};
const kOnMessageBegin = 0, kOnHeaders = 1, kOnHeadersComplete = 2, kOnBody = 3,
  kOnMessageComplete = 4, kOnExecute = 5, kOnTimeout = 6;
const lists = new WeakMap();
function parseError(code, reason, n) {
  const e = new Error('Parse Error');
  e.bytesParsed = n;
  e.code = code;
  e.reason = reason;
  return e;
}
// What execute reports after a callback threw, by event, as Node does.
const cbErrors = [
  ['HPE_CB_MESSAGE_BEGIN', '\x60on_message_begin\x60 callback error'],
  null,
  ['HPE_CB_HEADERS_COMPLETE', 'User callback error'],
  ['HPE_JS_EXCEPTION', 'JS Exception'],
  ['HPE_CB_MESSAGE_COMPLETE', '\x60on_message_complete\x60 callback error'],
];
class HTTPParser {
  #id = 0; #buf = null; #list = null; #start = 0; #done = false;
  #depth = 0; #paused = false; #pending = undefined; #broken = null; #cur = -1;
  initialize(type, resource, maxHeaderSize, lenient, list) {
    if (type !== 1 && type !== 2) throw new TypeError('Invalid parser type');
    this.#release();
    this.#id = raw.parserNew(type, +maxHeaderSize || 0, +lenient || 0);
    this.#paused = false; this.#broken = null; this.#done = false;
    this.#start = raw.parserNow();
    if (list !== undefined && list !== null && lists.has(list)) {
      this.#list = lists.get(list);
      this.#list.all.add(this);
      this.#list.active.add(this);
    }
  }
  #release() {
    this.unconsume();
    this.remove();
    if (this.#id) raw.parserFree(this.#id);
    this.#id = 0;
  }
  close() { this.#release(); }
  free() {
    this.unconsume();
    if (this.#id) raw.parserFree(this.#id);
    this.#id = 0;
  }
  remove() {
    if (this.#list) { this.#list.all.delete(this); this.#list.active.delete(this); }
    this.#list = null;
  }
  pause() {
    if (this.#depth > 0) this.#pending = true; else this.#setPaused(true);
  }
  resume() {
    if (this.#depth > 0) this.#pending = false; else this.#setPaused(false);
  }
  #setPaused(v) {
    if (this.#paused === v) return;
    this.#paused = v;
    if (this.#consumed) raw.parserPause(this.#id, v);
  }
  // consume(handle): the handle's reads go to this parser in the host
  // (no 'data' event, no Buffer per read); each read's callbacks run,
  // then this[kOnExecute](ret, buffer). It returns false for a handle it
  // cannot consume (the socket's reads then come as before).
  #consumed = false; #onStep = null;
  consume(handle) {
    if (!this.#id || this.#consumed || handle === null || typeof handle !== 'object' ||
        typeof handle._id !== 'number') return false;
    this.#onStep ||= (r, ab) => this.#consumedStep(r, ab);
    this.#consumed = raw.parserConsume(this.#id, handle._id, this.#onStep);
    if (this.#consumed) {
      this.#handle = handle;
      if (this.#paused) raw.parserPause(this.#id, true);
    }
    return this.#consumed;
  }
  #handle = null;
  unconsume() {
    if (!this.#consumed) return;
    this.#consumed = false;
    this.#handle = null;
    if (this.#id) raw.parserUnconsume(this.#id);
  }
  #consumedStep(r, ab) {
    if (!this.#id) return;
    const buf = ab === undefined ? undefined : B.from(ab);
    const h = this.#handle;
    if (h !== null) h.consumedBytes += buf === undefined ? r[0] : buf.length;
    this.#buf = buf === undefined ? null : buf;
    try {
      let ret = this.#step(buf === undefined ? null : buf, 0, r);
      if (typeof ret === 'number' && buf !== undefined && this.#last !== 2 && ret < buf.length && this.#id) {
        ret = this.#loop(buf, ret);
      }
      const cb = this[kOnExecute];
      if (typeof cb === 'function') cb.call(this, ret, buf);
    } finally {
      this.#buf = null;
    }
  }
  getCurrentBuffer() { return this.#buf ? B.from(this.#buf) : B.alloc(0); }
  duration() { return this.#start === 0 ? 0 : raw.parserNow() - this.#start; }
  headersCompleted() { return this.#done; }
  execute(buf) {
    if (!this.#id) throw new Error('HTTPParser is not initialized');
    this.#buf = buf;
    try {
      return this.#run(buf);
    } finally {
      this.#buf = null;
    }
  }
  finish() {
    if (!this.#id) throw new Error('HTTPParser is not initialized');
    if (this.#broken) return undefined;
    const r = this.#step(null, 0);
    return typeof r === 'number' ? undefined : r;
  }
  #run(buf) {
    if (this.#broken) return parseError(this.#broken[0], this.#broken[1], 0);
    if (this.#paused) return parseError('HPE_PAUSED', 'Paused', 0);
    return this.#loop(buf, 0);
  }
  #loop(buf, off) {
    for (;;) {
      const r = this.#step(buf, off);
      if (typeof r !== 'number') return r;
      off = r;
      if (this.#last === 2 || off >= buf.length || !this.#id) return off;
    }
  }
  #last = 0;
  // #step runs one Go step (execute buf from off, or finish when buf is
  // null; r when the step was made already, by a consumed read) and its
  // callbacks (again after headers); it returns the offset reached or an
  // Error.
  #step(buf, off, r) {
    this.#depth++;
    let ok = false;
    try {
      if (r === undefined) r = buf === null ? raw.parserFinish(this.#id) : raw.parserExecute(this.#id, buf, off);
      for (;;) {
        off += r[0];
        let ret = 0;
        for (let i = 4; i < r.length; i++) ret = this.#dispatch(r[i], ret);
        this.#last = r[1];
        if (r[1] === -1) { ok = true; return parseError(r[2], r[3], off); }
        if (r[1] !== 1) break;
        // freed by a callback (a nested execute ended the message): stop
        if (!this.#id) break;
        r = raw.parserHeadersDone(this.#id, ret);
      }
      ok = true;
      return off;
    } finally {
      if (!ok) this.#broken = cbErrors[this.#cur] || cbErrors[3];
      if (--this.#depth === 0 && this.#pending !== undefined) {
        const v = this.#pending;
        this.#pending = undefined;
        this.#setPaused(v);
      }
    }
  }
  #dispatch(ev, ret) {
    this.#cur = ev[0];
    let cb;
    switch (ev[0]) {
      case 0:
        this.#start = ev[1];
        this.#done = false;
        if (this.#list) { this.#list.all.add(this); this.#list.active.add(this); }
        cb = this[kOnMessageBegin];
        if (typeof cb === 'function') cb.call(this);
        return ret;
      case 1:
        cb = this[kOnHeaders];
        try {
          if (typeof cb === 'function') cb.call(this, ev[1], ev[2]);
        } catch {
          // Node ignores what kOnHeaders throws.
        }
        return ret;
      case 2: {
        this.#done = true;
        cb = this[kOnHeadersComplete];
        const v = typeof cb === 'function' ?
          +cb.call(this, ev[1], ev[2], ev[3], ev[4], ev[5], ev[6], ev[7], ev[8], ev[9]) : NaN;
        return v === v ? Math.trunc(v) : 0;
      }
      case 3:
        cb = this[kOnBody];
        if (typeof cb === 'function') cb.call(this, ev.length === 3 ? B.slice(this.#buf, ev[1], ev[2]) : B.from(ev[1]));
        return ret;
      case 4:
        if (this.#list) this.#list.active.delete(this);
        this.#start = 0;
        cb = this[kOnMessageComplete];
        if (typeof cb === 'function') cb.call(this);
        return ret;
    }
    return ret;
  }
  static REQUEST = 1;
  static RESPONSE = 2;
  static kOnMessageBegin = kOnMessageBegin;
  static kOnHeaders = kOnHeaders;
  static kOnHeadersComplete = kOnHeadersComplete;
  static kOnBody = kOnBody;
  static kOnMessageComplete = kOnMessageComplete;
  static kOnExecute = kOnExecute;
  static kOnTimeout = kOnTimeout;
  static kLenientNone = 0;
  static kLenientHeaders = 1;
  static kLenientChunkedLength = 2;
  static kLenientKeepAlive = 4;
  static kLenientTransferEncoding = 8;
  static kLenientVersion = 16;
  static kLenientDataAfterClose = 32;
  static kLenientOptionalLFAfterCR = 64;
  static kLenientOptionalCRLFAfterChunk = 128;
  static kLenientOptionalCRBeforeLF = 256;
  static kLenientSpacesAfterChunkSize = 512;
  static kLenientAll = 1023;
}
class ConnectionsList {
  constructor() { lists.set(this, { all: new Set(), active: new Set() }); }
  all() { return [...lists.get(this).all]; }
  idle() { const l = lists.get(this); return [...l.all].filter((p) => !l.active.has(p)); }
  active() { return [...lists.get(this).active]; }
  expired(headersTimeout, requestTimeout) {
    const l = lists.get(this), now = raw.parserNow(), out = [];
    const hd = headersTimeout > 0 && now > headersTimeout ? now - headersTimeout : 0;
    const rd = requestTimeout > 0 && now > requestTimeout ? now - requestTimeout : 0;
    for (const p of l.active) {
      const start = now - p.duration();
      if ((!p.headersCompleted() && hd > 0 && start < hd) || (rd > 0 && start < rd)) {
        out.push(p);
        l.active.delete(p);
        l.all.delete(p);
      }
    }
    return out;
  }
}
raw.HTTPParser = HTTPParser;
raw.ConnectionsList = ConnectionsList;
raw.methods = methods;
raw.allMethods = allMethods;
})`
