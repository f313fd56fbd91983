'use strict';
// net: TCP and Unix-domain sockets and servers, as Node 20 documents them,
// over the handles of internal/net_handles (hostnet's bindings).

const EventEmitter = require('events');
const stream = require('stream');
const { Buffer } = require('buffer');
const timers = require('timers');
const {
  AbortError, NodeAggregateError, ErrnoException: errnoException,
  ExceptionWithHostPort: exceptionWithHostPort, UVExceptionWithHostPort: uvExceptionWithHostPort,
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS,
    ERR_SERVER_ALREADY_LISTEN, ERR_SERVER_NOT_RUNNING, ERR_SOCKET_CLOSED,
    ERR_SOCKET_CLOSED_BEFORE_CONNECTION, ERR_SOCKET_CONNECTION_TIMEOUT, ERR_INVALID_IP_ADDRESS,
    ERR_NOT_IMPLEMENTED, ERR_INVALID_ADDRESS_FAMILY, ERR_INVALID_FD_TYPE,
  },
} = require('internal/errors');
const {
  validateAbortSignal, validateFunction, validateInt32, validateNumber, validatePort,
  validateString, validateBoolean,
} = require('internal/validators');
const { isIP, isIPv4, isIPv6, normalizedArgsSymbol: kNormalized } = require('internal/net');
const perf = () => require('internal/perf/performance');
const { BlockList, SocketAddress } = require('internal/net_blocklist');
const {
  TCP, Pipe, TCPConnectWrap, PipeConnectWrap, ShutdownWrap, WriteWrap,
  TCPConstants, PipeConstants, UV_EOF, kOwner, handleForFd,
} = require('internal/net_handles');
const { guessHandleType } = internalBinding('tty');

const UV_ETIMEDOUT = -110;
const UV_EINVAL = -22;

let dns;
function lazyDns() { return dns || (dns = require('dns')); }

// undefined until first used: --[no-]network-family-autoselection decides
// (read then, not when the start-up snapshot loads this module).
let autoSelectFamilyDefault;
let autoSelectFamilyAttemptTimeoutDefault = 250;

function getDefaultAutoSelectFamily() {
  if (autoSelectFamilyDefault === undefined) {
    autoSelectFamilyDefault = true;
    for (const a of require('internal/options').optionArgs()) {
      if (a === '--network-family-autoselection' || a === '--enable-network-family-autoselection') {
        autoSelectFamilyDefault = true;
      } else if (a === '--no-network-family-autoselection' || a === '--no-enable-network-family-autoselection') {
        autoSelectFamilyDefault = false;
      }
    }
  }
  return autoSelectFamilyDefault;
}
function setDefaultAutoSelectFamily(value) {
  validateBoolean(value, 'value');
  autoSelectFamilyDefault = value;
}
function getDefaultAutoSelectFamilyAttemptTimeout() { return autoSelectFamilyAttemptTimeoutDefault; }
function setDefaultAutoSelectFamilyAttemptTimeout(value) {
  validateInt32(value, 'value', 1);
  if (value < 10) value = 10;
  autoSelectFamilyAttemptTimeoutDefault = value;
}

function isPipeName(s) { return typeof s === 'string' && toNumber(s) === false; }
function toNumber(x) { return (x = Number(x)) >= 0 ? x : false; }

// normalizeArgs turns (options | port[, host] | path)[, cb] into
// [options, cb], as connect and listen take them.
// The result is marked (internal/net's normalizedArgsSymbol): connect()
// takes a marked array as the arguments themselves.
function normalizeArgs(args) {
  let res;
  if (args.length === 0) {
    res = [{}, null];
    res[kNormalized] = true;
    return res;
  }
  const arg0 = args[0];
  let options = {};
  if (typeof arg0 === 'object' && arg0 !== null) {
    options = arg0;
  } else if (isPipeName(arg0)) {
    options.path = arg0;
  } else {
    options.port = arg0;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const cb = args[args.length - 1];
  res = [options, typeof cb === 'function' ? cb : null];
  res[kNormalized] = true;
  return res;
}

const kBytesRead = Symbol('kBytesRead');
const kBytesWritten = Symbol('kBytesWritten');
const { kTimeout } = require('internal/timers');
// A socket's idle timer, cleared and kept to be armed again (keep-alive
// servers set and clear it once a request).
const kSpareTimeout = Symbol('kSpareTimeout');
const kBuffer = Symbol('kBuffer');
const kBufferCb = Symbol('kBufferCb');
const kSetNoDelay = Symbol('kSetNoDelay');
const kSetKeepAlive = Symbol('kSetKeepAlive');
const kSetKeepAliveInitialDelay = Symbol('kSetKeepAliveInitialDelay');
const kLastWriteQueueSize = Symbol('lastWriteQueueSize');
const kConnectTimer = Symbol('kConnectTimer');

function noop() {}

// ---------------------------------------------------------------- Socket

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (options === undefined) options = {};
  else if (typeof options === 'number') options = { fd: options };
  else options = { ...options };

  this.connecting = false;
  this._hadError = false;
  this._handle = null;
  this._parent = null;
  this._host = null;
  this[kLastWriteQueueSize] = 0;
  this[kTimeout] = null;
  this[kBuffer] = null;
  this[kBufferCb] = null;
  this[kBytesRead] = 0;
  this[kBytesWritten] = 0;
  this._pendingData = null;
  this._pendingEncoding = '';
  this.server = null;
  this._server = null;

  const allowHalfOpen = !!options.allowHalfOpen;
  options.allowHalfOpen = true;
  options.autoDestroy = true;
  options.emitClose = false;
  options.decodeStrings = false;
  // the socket handles its own signal (addClientAbortSignalOption)
  const signal = options.signal;
  options.signal = undefined;
  stream.Duplex.call(this, options);
  options.signal = signal;
  this.allowHalfOpen = allowHalfOpen;

  if (options.objectMode) {
    throw new ERR_INVALID_ARG_VALUE('options.objectMode', options.objectMode, 'is not supported');
  } else if (options.readableObjectMode || options.writableObjectMode) {
    const key = options.readableObjectMode ? 'readableObjectMode' : 'writableObjectMode';
    throw new ERR_INVALID_ARG_VALUE(`options.${key}`, options[key], 'is not supported');
  }
  if (options.handle) {
    this._handle = options.handle;
  } else if (options.fd !== undefined) {
    const { fd } = options;
    validateInt32(fd, 'fd', 0);
    const type = guessHandleType(fd);
    if (type !== 'PIPE' && type !== 'TCP') throw new ERR_INVALID_FD_TYPE(type);
    const handle = handleForFd(fd, false);
    if (typeof handle === 'number') throw errnoException(handle, 'open');
    this._handle = handle;
  }

  const onread = options.onread;
  if (onread !== null && typeof onread === 'object' &&
      (typeof onread.buffer === 'function' || ArrayBuffer.isView(onread.buffer)) &&
      typeof onread.callback === 'function') {
    this[kBuffer] = onread.buffer;
    this[kBufferCb] = onread.callback;
  }

  this[kSetNoDelay] = Boolean(options.noDelay);
  this[kSetKeepAlive] = Boolean(options.keepAlive);
  this[kSetKeepAliveInitialDelay] = ~~(options.keepAliveInitialDelay / 1000);

  this.on('end', onReadableStreamEnd);
  initSocketHandle(this);

  if (this._handle && options.readable !== false) {
    if (options.pauseOnCreate) {
      this._handle.reading = false;
      this._handle.readStop();
      this.readableFlowing = false;
    } else if (!options.manualStart) {
      this.read(0);
    }
  }

  if (options.signal) addClientAbortSignalOption(this, options);
}
Object.setPrototypeOf(Socket.prototype, stream.Duplex.prototype);
Object.setPrototypeOf(Socket, stream.Duplex);

function addClientAbortSignalOption(self, options) {
  validateAbortSignal(options.signal, 'options.signal');
  const { signal } = options;
  function onAbort() {
    signal.removeEventListener('abort', onAbort);
    self._aborted = true;
    self.destroy(new AbortError(undefined, { cause: signal.reason }));
  }
  if (signal.aborted) {
    process.nextTick(onAbort);
  } else {
    signal.addEventListener('abort', onAbort);
    self.once('close', () => signal.removeEventListener('abort', onAbort));
  }
}

function initSocketHandle(self) {
  self._undestroy();
  self._sockname = null;
  if (self._handle) {
    self._handle[kOwner] = self;
    self._handle.onread = onStreamRead;
    self._handle[kOwner] = self;
    if (self[kBuffer]) {
      self._handle.useUserBuffer(self[kBuffer]);
    }
  }
}

function onReadableStreamEnd() {
  if (!this.allowHalfOpen) {
    this.write = writeAfterFIN;
  }
}

function writeAfterFIN(chunk, encoding, cb) {
  if (!this.writableEnded) {
    return stream.Duplex.prototype.write.call(this, chunk, encoding, cb);
  }
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  const er = genericError('This socket has been ended by the other party', 'EPIPE');
  if (typeof cb === 'function') process.nextTick(cb, er);
  this.destroy(er);
  return false;
}

function genericError(msg, code) {
  const e = new Error(msg);
  e.code = code;
  return e;
}

// onStreamRead is the handle's onread: this is the handle.
function onStreamRead(nread, buf) {
  const self = this[kOwner];
  if (!self) return;
  self._unrefTimer();
  if (nread > 0 && !self.destroyed) {
    self[kBytesRead] += nread;
    if (self[kBuffer]) {
      deliverToUserBuffer(self, buf);
      return;
    }
    if (!self.push(buf)) {
      this.reading = false;
      if (!self.destroyed) this.readStop();
    }
    return;
  }
  if (nread === 0) return;
  if (nread !== UV_EOF) {
    self.destroy(errnoException(nread, 'read'));
    return;
  }
  // end of the stream
  this.reading = false;
  this.readStop();
  if (self[kBuffer]) {
    // libuv takes a buffer for the read that finds the end too
    if (typeof self[kBuffer] === 'function') self[kBuffer]();
    self.push(null);
    self.read(0);
    return;
  }
  self.push(null);
  self.read(0);
}

const kUserRest = Symbol('kUserRest');

// deliverToUserBuffer copies buf into the onread buffer, as many times as
// it takes; what is left when the callback pauses the socket waits for
// the next resume.
function deliverToUserBuffer(self, buf) {
  let off = 0;
  while (off < buf.length) {
    if (self._handle && !self._handle.reading && off > 0) {
      self[kUserRest] = buf.subarray(off);
      return;
    }
    let target = self[kBuffer];
    if (typeof target === 'function') target = target();
    const view = target instanceof Uint8Array ? target :
      new Uint8Array(target.buffer, target.byteOffset, target.byteLength);
    const n = Math.min(view.length, buf.length - off);
    view.set(buf.subarray(off, off + n), 0);
    off += n;
    const ret = self[kBufferCb](n, target);
    if (ret === false && self._handle) {
      self._handle.reading = false;
      self._handle.readStop();
    }
  }
}

function flushUserRest(self) {
  const rest = self[kUserRest];
  if (!rest) return false;
  self[kUserRest] = null;
  process.nextTick(() => {
    deliverToUserBuffer(self, rest);
    if (!self[kUserRest] && self._handle && self._handle.reading) self._handle.readStart();
  });
  return true;
}

Socket.prototype._unrefTimer = function _unrefTimer() {
  for (let s = this; s !== null; s = s._parent) {
    if (s[kTimeout]) s[kTimeout].refresh();
  }
};

Socket.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (this.destroyed) return this;
  this.timeout = msecs;
  msecs = getTimerDuration(msecs, 'msecs');
  let t = this[kTimeout];
  if (t) {
    timers.clearTimeout(t);
    this[kTimeout] = null;
    this[kSpareTimeout] = t;
  }
  if (msecs === 0) {
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.removeListener('timeout', callback);
    }
  } else {
    // kept after it fires: activity re-arms it (refresh), as Node's does
    t = this[kSpareTimeout];
    if (t && msecs >= 1 && msecs <= 0x7fffffff) {
      this[kSpareTimeout] = null;
      t._onTimeout = t[kSpareTimeout];
      t._idleTimeout = msecs;
      t.refresh();
    } else {
      const onTimeout = () => this.emit('timeout');
      t = timers.setTimeout(onTimeout, msecs);
      t.unref();
      t[kSpareTimeout] = onTimeout;
    }
    this[kTimeout] = t;
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.once('timeout', callback);
    }
  }
  return this;
};

const { getTimerDuration } = require('internal/timers');

Socket.prototype._onTimeout = function() { this.emit('timeout'); };

Socket.prototype.setNoDelay = function(enable) {
  if (!this._handle) {
    this[kSetNoDelay] = enable === undefined ? true : !!enable;
    return this;
  }
  const newValue = enable === undefined ? true : !!enable;
  if (this._handle.setNoDelay && newValue !== this[kSetNoDelay]) {
    this[kSetNoDelay] = newValue;
    this._handle.setNoDelay(newValue);
  }
  return this;
};

Socket.prototype.setKeepAlive = function(enable, initialDelayMsecs) {
  enable = Boolean(enable);
  const initialDelay = ~~(initialDelayMsecs / 1000);
  if (!this._handle) {
    this[kSetKeepAlive] = enable;
    this[kSetKeepAliveInitialDelay] = initialDelay;
    return this;
  }
  if (this._handle.setKeepAlive &&
      (enable !== this[kSetKeepAlive] || (enable && initialDelay !== this[kSetKeepAliveInitialDelay]))) {
    this[kSetKeepAlive] = enable;
    this[kSetKeepAliveInitialDelay] = initialDelay;
    this._handle.setKeepAlive(enable, initialDelay);
  }
  return this;
};

Socket.prototype.address = function() { return this._getsockname(); };

Object.defineProperty(Socket.prototype, '_connecting', {
  __proto__: null, get() { return this.connecting; },
});

Object.defineProperty(Socket.prototype, 'pending', {
  __proto__: null, configurable: true,
  get() { return !this._handle || this.connecting; },
});

Object.defineProperty(Socket.prototype, 'readyState', {
  __proto__: null, configurable: true,
  get() {
    if (this.connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  },
});

Object.defineProperty(Socket.prototype, 'bufferSize', {
  __proto__: null, configurable: true,
  get() { if (this._handle) return this.writableLength; },
});

Object.defineProperty(Socket.prototype, kUpdateTimer(), {
  __proto__: null, value() { this._unrefTimer(); },
});
function kUpdateTimer() { return Symbol.for('wqnode.net.updateTimer'); }

Socket.prototype._read = function(n) {
  if (this.connecting || !this._handle) {
    this.once('connect', () => this._read(n));
  } else if (!this._handle.reading) {
    tryReadStart(this);
  }
};

function tryReadStart(socket) {
  socket._handle.reading = true;
  if (socket[kUserRest] && flushUserRest(socket)) return;
  const err = socket._handle.readStart();
  if (err) socket.destroy(errnoException(err, 'read'));
}

Socket.prototype.pause = function() {
  if (this[kBuffer] && !this.connecting && this._handle && this._handle.reading) {
    this._handle.reading = false;
    if (!this.destroyed) {
      const err = this._handle.readStop();
      if (err) this.destroy(errnoException(err, 'read'));
    }
  }
  return stream.Duplex.prototype.pause.call(this);
};

Socket.prototype.resume = function() {
  if (this[kBuffer] && !this.connecting && this._handle && !this._handle.reading) {
    tryReadStart(this);
  }
  return stream.Duplex.prototype.resume.call(this);
};

Socket.prototype.read = function(n) {
  if (this[kBuffer] && !this.connecting && this._handle && !this._handle.reading) {
    tryReadStart(this);
  }
  return stream.Duplex.prototype.read.call(this, n);
};

Socket.prototype.end = function(data, encoding, callback) {
  stream.Duplex.prototype.end.call(this, data, encoding, callback);
  return this;
};

Socket.prototype._final = function(cb) {
  if (this.pending) {
    return this.once('connect', () => this._final(cb));
  }
  if (!this._handle) return cb();
  const req = new ShutdownWrap();
  req.oncomplete = (status) => {
    if (this.destroyed) return cb();
    if (status < 0 && status !== -107 /* ENOTCONN */) return cb(errnoException(status, 'shutdown'));
    cb();
    if (this.readableEnded || !this.readable) {
      // both sides are done
    }
  };
  const err = this._handle.shutdown(req);
  if (err === 1 || err === 0) return;
  if (err !== -107) return cb(errnoException(err, 'shutdown'));
  cb();
};

Socket.prototype.destroySoon = function() {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};

Socket.prototype._destroy = function(exception, cb) {
  if (this[kConnectTimer]) {
    timers.clearTimeout(this[kConnectTimer]);
    this[kConnectTimer] = null;
  }
  if (this[kTimeout]) {
    timers.clearTimeout(this[kTimeout]);
    this[kTimeout] = null;
  }
  this.connecting = false;
  for (let s = this; s !== null; s = s._parent) {
    if (s[kTimeout]) { timers.clearTimeout(s[kTimeout]); s[kTimeout] = null; }
  }
  if (this._handle) {
    const isException = exception ? true : false;
    this[kBytesRead] = (this._handle.bytesRead || this[kBytesRead]) + (this._handle.consumedBytes || 0);
    this._handle.consumedBytes = 0;
    this[kBytesWritten] = this.bytesWritten;
    if (this.resetAndDestroy && this._resetting) {
      this._handle.reset(() => this.emit('close', isException));
    } else {
      this._handle.close(() => this.emit('close', isException));
    }
    this._handle.onread = noop;
    this._handle = null;
    this._sockname = null;
    cb(exception);
  } else {
    cb(exception);
    process.nextTick(emitCloseNT, this);
  }
  if (this._server) {
    this._server._connections--;
    if (this._server._emitCloseIfDrained) this._server._emitCloseIfDrained();
  }
};

function emitCloseNT(self) { self.emit('close', false); }
// A server's 'close' has no arguments (close(cb) passes cb none).
function emitServerCloseNT(self) { self.emit('close'); }

Socket.prototype.resetAndDestroy = function() {
  if (this._handle) {
    if (!(this._handle instanceof TCP)) throw new ERR_INVALID_ARG_TYPE('handle', 'TCP', this._handle);
    if (this.connecting) {
      this.once('connect', () => this.resetAndDestroy());
    } else {
      this._resetting = true;
      this.destroy();
    }
  } else {
    this.destroy(new ERR_SOCKET_CLOSED());
  }
  return this;
};

Socket.prototype._getpeername = function() {
  if (!this._handle || !this._handle.getpeername || this.connecting) {
    return this._peername || {};
  } else if (!this._peername) {
    const out = {};
    const err = this._handle.getpeername(out);
    if (typeof err === 'string') return {};
    if (err) return out;
    this._peername = out;
  }
  return this._peername;
};

function protoGetter(name, callback) {
  Object.defineProperty(Socket.prototype, name, {
    __proto__: null, configurable: false, enumerable: true, get: callback,
  });
}

protoGetter('bytesRead', function bytesRead() {
  // with the reads an HTTP parser consumed from the handle (Node's count is the handle's)
  return this[kBytesRead] + (this._handle ? this._handle.consumedBytes || 0 : 0);
});
protoGetter('remoteAddress', function remoteAddress() { return this._getpeername().address; });
protoGetter('remoteFamily', function remoteFamily() { return this._getpeername().family; });
protoGetter('remotePort', function remotePort() { return this._getpeername().port; });

Socket.prototype._getsockname = function() {
  if (!this._handle || !this._handle.getsockname) return {};
  if (!this._sockname) {
    const out = {};
    const err = this._handle.getsockname(out);
    if (typeof err === 'string') return err;
    if (err) return {};
    this._sockname = out;
  }
  return this._sockname;
};

protoGetter('localAddress', function localAddress() { return this._getsockname().address; });
protoGetter('localPort', function localPort() { return this._getsockname().port; });
protoGetter('localFamily', function localFamily() { return this._getsockname().family; });

Socket.prototype[kAfterAsyncWrite()] = function() { this[kLastWriteQueueSize] = 0; };
function kAfterAsyncWrite() { return Symbol.for('wqnode.net.afterAsyncWrite'); }

Socket.prototype._writeGeneric = function(writev, data, encoding, cb) {
  if (this.connecting) {
    this._pendingData = data;
    this._pendingEncoding = encoding;
    this.once('connect', function connect() {
      this.off('close', onClose);
      this._writeGeneric(writev, data, encoding, cb);
    });
    function onClose() { cb(new ERR_SOCKET_CLOSED_BEFORE_CONNECTION()); }
    this.once('close', onClose);
    return;
  }
  this._pendingData = null;
  this._pendingEncoding = '';
  if (!this._handle) {
    cb(new ERR_SOCKET_CLOSED());
    return false;
  }
  this._unrefTimer();
  const req = new WriteWrap();
  let bytes = 0;
  let err;
  if (writev) {
    const chunks = [];
    let strings = typeof this._handle.writevStrings === 'function';
    for (let i = 0; i < data.length; i++) {
      const c = data[i].chunk;
      if (typeof c !== 'string') {
        bytes += c.length;
        chunks.push(c, 0);
        continue;
      }
      // utf8 and latin1 strings go to the host as they are; others as Buffers
      const enc = strings ? normEncoding(data[i].encoding) : '';
      if (enc === 'latin1' || enc === 'binary') {
        bytes += c.length;
        chunks.push(c, 2);
      } else if (enc === 'utf8') {
        bytes += Buffer.byteLength(c, 'utf8');
        chunks.push(c, 1);
      } else {
        const buf = Buffer.from(c, data[i].encoding);
        bytes += buf.length;
        chunks.push(buf, 0);
      }
    }
    if (strings) {
      err = this._handle.writevStrings(req, chunks);
    } else {
      const bufs = [];
      for (let i = 0; i < chunks.length; i += 2) bufs.push(chunks[i]);
      err = this._handle.writev(req, bufs, true);
    }
  } else if (typeof data === 'string') {
    const enc = normEncoding(encoding);
    if (encoding === 'buffer') {
      err = this._handle.writeBuffer(req, data); // a string is refused there, as in Node
    } else if (enc === 'utf8') {
      bytes = Buffer.byteLength(data, 'utf8');
      err = this._handle.writeUtf8String(req, data);
    } else if ((enc === 'latin1' || enc === 'binary') &&
               typeof this._handle.writeLatin1String === 'function') {
      // the host encodes it: no Buffer made for it here
      bytes = data.length;
      err = this._handle.writeLatin1String(req, data);
    } else {
      const buf = Buffer.from(data, encoding);
      bytes = buf.length;
      err = this._handle.writeBuffer(req, buf);
    }
  } else {
    bytes = data.byteLength;
    err = this._handle.writeBuffer(req, data);
  }
  if (err) {
    this.destroy(errnoException(err, 'write', req.error));
    return;
  }
  this[kBytesWritten] += bytes;
  if (!req.async) {
    cb();
    return;
  }
  this[kLastWriteQueueSize] = bytes;
  req.oncomplete = (status, handle, error) => {
    if (this.destroyed) {
      if (typeof cb === 'function') cb(status < 0 ? errnoException(status, 'write') : undefined);
      return;
    }
    this[kLastWriteQueueSize] = 0;
    if (status < 0) {
      cb(errnoException(status, 'write', error));
      return;
    }
    this._unrefTimer();
    cb();
  };
};

// writeDirect writes head (a latin1 string) and body (a string in encoding,
// or a Uint8Array) to the handle in one host call, for the http layer's
// one-shot response, which would otherwise cork, write twice and uncork.
// It is taken only when the writable state holds nothing and no host write
// is pending (the bytes keep their order, and the next write still sees
// backpressure), on a connected, writable socket; it returns false when
// the caller must write() instead. cb runs as write()'s callback would.
Socket.prototype[Symbol.for('wqnode.net.writeDirect')] = function(head, body, encoding, bodyBytes, cb) {
  const handle = this._handle;
  const state = this._writableState;
  if (!handle || this.connecting || this.destroyed || !this.writable ||
      state.length !== 0 || state.corked !== 0 || state.writing || state.errored ||
      this[kLastWriteQueueSize] !== 0 || typeof handle.writevStrings !== 'function' ||
      this.write !== socketWrite || this._writev !== socketWritev || this._write !== socketWriteOne) {
    // (a write, _write or _writev of its own sees every write, as in Node)
    return false;
  }
  let enc = 0;
  if (typeof body === 'string') {
    const e = normEncoding(encoding);
    if (e === 'utf8') enc = 1;
    else if (e === 'latin1' || e === 'binary') enc = 2;
    else return false;
  }
  this._unrefTimer();
  const req = new WriteWrap();
  const err = handle.writevStrings(req, [head, 2, body, enc]);
  if (err) {
    this.destroy(errnoException(err, 'write', req.error));
    return true;
  }
  const bytes = head.length + bodyBytes;
  this[kBytesWritten] += bytes;
  if (!req.async) {
    process.nextTick(cb);
    return true;
  }
  this[kLastWriteQueueSize] = bytes;
  req.oncomplete = (status, h, error) => {
    this[kLastWriteQueueSize] = 0;
    if (status < 0) {
      if (!this.destroyed) this.destroy(errnoException(status, 'write', error));
      return;
    }
    if (!this.destroyed) this._unrefTimer();
    cb();
  };
  return true;
};

function normEncoding(enc) {
  if (!enc || enc === 'utf8' || enc === 'utf-8' || enc === 'buffer') return 'utf8';
  const l = `${enc}`.toLowerCase();
  return l === 'utf-8' ? 'utf8' : l;
}

Socket.prototype._writev = function(chunks, cb) { this._writeGeneric(true, chunks, '', cb); };
Socket.prototype._write = function(data, encoding, cb) { this._writeGeneric(false, data, encoding, cb); };
const socketWritev = Socket.prototype._writev;
const socketWriteOne = Socket.prototype._write;

protoGetter('bytesWritten', function bytesWritten() {
  let bytes = this[kBytesWritten];
  const data = this._pendingData;
  const encoding = this._pendingEncoding;
  const writableBuffer = this.writableBuffer;
  if (!writableBuffer) return undefined;
  for (const el of writableBuffer) {
    bytes += el.chunk instanceof Buffer ? el.chunk.length : Buffer.byteLength(el.chunk, el.encoding);
  }
  if (Array.isArray(data)) {
    for (let i = 0; i < data.length; i++) {
      const chunk = data[i];
      if (data.allBuffers || chunk instanceof Buffer) bytes += chunk.length;
      else bytes += Buffer.byteLength(chunk.chunk, chunk.encoding);
    }
  } else if (data) {
    if (typeof data !== 'string') bytes += data.length;
    else bytes += Buffer.byteLength(data, encoding);
  }
  return bytes;
});

Socket.prototype.connect = function(...args) {
  let normalized;
  if (Array.isArray(args[0]) && args[0][kNormalized]) normalized = args[0];
  else normalized = normalizeArgs(args);
  const options = normalized[0];
  const cb = normalized[1];

  if (cb !== null) this.once('connect', cb);
  if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;
  if (this.destroyed) {
    this._handle = null;
    this._peername = null;
    this._sockname = null;
    this._undestroy();
  }
  const { path } = options;
  const pipe = !!path;
  if (!pipe && options.port === undefined) {
    throw new ERR_MISSING_ARGS(['options', 'port', 'path']);
  }
  if (!this._handle) {
    this._handle = pipe ? new Pipe(0) : new TCP(TCPConstants.SOCKET);
    initSocketHandle(this);
  }
  if (this._handle.error < 0) {
    const err = this._handle.error;
    this._handle = null;
    this.destroy(errnoException(err, 'socket'));
    return this;
  }
  if (this[kSetKeepAlive] && this._handle.setKeepAlive) {
    this._handle.setKeepAlive(true, this[kSetKeepAliveInitialDelay]);
  }
  if (options.timeout) this.setTimeout(options.timeout);

  this.connecting = true;
  if (pipe) {
    validateString(path, 'options.path');
    defaultConnect(this, path);
  } else {
    lookupAndConnect(this, options);
  }
  return this;
};

function defaultConnect(self, path) {
  process.nextTick(() => { if (self.connecting) internalConnect(self, path); });
}

function socketToDnsFamily(family) {
  switch (family) {
    case 'IPv4': return 4;
    case 'IPv6': return 6;
  }
  return family;
}

function lookupAndConnect(self, options) {
  const { localAddress, localPort } = options;
  const host = options.host || 'localhost';
  let { port, autoSelectFamilyAttemptTimeout, autoSelectFamily } = options;

  if (localAddress && !isIP(localAddress)) {
    throw new ERR_INVALID_IP_ADDRESS(localAddress);
  }
  if (localPort) validateNumber(localPort, 'options.localPort');
  if (typeof port !== 'undefined') {
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
    }
    validatePort(port);
  }
  port |= 0;

  if (autoSelectFamily != null) validateBoolean(autoSelectFamily, 'options.autoSelectFamily');
  else autoSelectFamily = getDefaultAutoSelectFamily();
  if (autoSelectFamilyAttemptTimeout != null) {
    validateInt32(autoSelectFamilyAttemptTimeout, 'options.autoSelectFamilyAttemptTimeout', 1);
    if (autoSelectFamilyAttemptTimeout < 10) autoSelectFamilyAttemptTimeout = 10;
  } else {
    autoSelectFamilyAttemptTimeout = autoSelectFamilyAttemptTimeoutDefault;
  }

  const addressType = isIP(host);
  if (addressType) {
    process.nextTick(() => {
      if (self.connecting) internalConnect(self, host, port, addressType, localAddress, localPort);
    });
    return;
  }

  if (options.lookup != null) validateFunction(options.lookup, 'options.lookup');
  const dnsopts = {
    family: socketToDnsFamily(options.family),
    hints: options.hints || 0,
  };
  if (dnsopts.family !== 4 && dnsopts.family !== 6 && !localAddress && autoSelectFamily) {
    dnsopts.all = true;
    lookupAndConnectMultiple(self, async_lookup(options), host, port, dnsopts,
      localAddress, localPort, autoSelectFamilyAttemptTimeout);
    return;
  }
  const lookup = async_lookup(options);
  self._host = host;
  lookup(host, dnsopts, function emitLookup(err, ip, addressType) {
    self.emit('lookup', err, ip, addressType, host);
    if (!self.connecting) return;
    if (err) {
      process.nextTick(connectErrorNT, self, err);
    } else if (!isIP(ip)) {
      err = new ERR_INVALID_IP_ADDRESS(ip);
      process.nextTick(connectErrorNT, self, err);
    } else if (addressType !== 4 && addressType !== 6) {
      err = new ERR_INVALID_ADDRESS_FAMILY(addressType, options.host, options.port);
      process.nextTick(connectErrorNT, self, err);
    } else {
      self._unrefTimer();
      internalConnect(self, ip, port, addressType, localAddress, localPort);
    }
  });
}

function async_lookup(options) { return options.lookup || lazyDns().lookup; }

function lookupAndConnectMultiple(self, lookup, host, port, dnsopts, localAddress, localPort, timeout) {
  self._host = host;
  lookup(host, dnsopts, function emitLookup(err, addresses) {
    if (!self.connecting) return;
    if (err) {
      self.emit('lookup', err, undefined, undefined, host);
      process.nextTick(connectErrorNT, self, err);
      return;
    }
    if (!Array.isArray(addresses)) {
      // a custom lookup that ignored `all`
      addresses = [{ address: addresses, family: arguments[2] }];
    }
    const validAddresses = [[], []];
    const validIps = [[], []];
    let destinations;
    for (let i = 0, l = addresses.length; i < l; i++) {
      const address = addresses[i];
      const { address: ip, family: addressType } = address;
      self.emit('lookup', err, ip, addressType, host);
      if (!self.connecting) return;
      if (isIP(ip) && (addressType === 4 || addressType === 6)) {
        destinations ||= addressType === 6 ? { 6: 0, 4: 1 } : { 4: 0, 6: 1 };
        const destination = destinations[addressType];
        if (!validIps[destination].includes(ip)) {
          validAddresses[destination].push(address);
          validIps[destination].push(ip);
        }
      }
    }
    if (!validAddresses[0].length && !validAddresses[1].length) {
      const { address: firstIp, family: firstAddressType } = addresses[0] || {};
      if (!isIP(firstIp)) {
        err = new ERR_INVALID_IP_ADDRESS(firstIp);
        process.nextTick(connectErrorNT, self, err);
      } else if (firstAddressType !== 4 && firstAddressType !== 6) {
        err = new ERR_INVALID_ADDRESS_FAMILY(firstAddressType, host, port);
        process.nextTick(connectErrorNT, self, err);
      }
      return;
    }
    if (validAddresses[0].length + validAddresses[1].length === 1) {
      const { address: ip, family: addressType } = validAddresses[0][0] || validAddresses[1][0];
      self._unrefTimer();
      internalConnect(self, ip, port, addressType, localAddress, localPort);
      return;
    }
    const toAttempt = [];
    for (let i = 0, l = Math.max(validAddresses[0].length, validAddresses[1].length); i < l; i++) {
      if (i in validAddresses[0]) toAttempt.push(validAddresses[0][i]);
      if (i in validAddresses[1]) toAttempt.push(validAddresses[1][i]);
    }
    self.autoSelectFamilyAttemptedAddresses = [];
    const context = { socket: self, addresses: toAttempt, current: 0, port, localPort, timeout, errors: [] };
    self._unrefTimer();
    internalConnectMultiple(context);
  });
}

function connectErrorNT(self, err) { self.destroy(err); }

function internalConnect(self, address, port, addressType, localAddress, localPort, flags) {
  let err;
  if (localAddress || localPort) {
    if (addressType === 4) {
      localAddress = localAddress || '0.0.0.0';
      err = self._handle.bind(localAddress, localPort);
    } else {
      localAddress = localAddress || '::';
      err = self._handle.bind6(localAddress, localPort, flags);
    }
    if (err) {
      const ex = exceptionWithHostPort(err, 'bind', localAddress, localPort);
      self.destroy(ex);
      return;
    }
  }
  if (addressType === 6 || addressType === 4) {
    try {
      err = tcpConnect(self, afterConnect, address, port, addressType, localAddress, localPort);
    } catch (e) {
      self.destroy(e); // the permission model refused the address
      return;
    }
  } else {
    const req = new PipeConnectWrap();
    req.address = address;
    req.oncomplete = afterConnect;
    try {
      err = self._handle.connect(req, address);
    } catch (e) {
      self.destroy(e);
      return;
    }
  }
  if (err) {
    const sockname = self._getsockname();
    let details;
    if (sockname) details = sockname.address + ':' + sockname.port;
    const ex = exceptionWithHostPort(err, 'connect', address, port, details);
    self.destroy(ex);
  }
}

// tcpConnect starts one TCP connect on self's handle; oncomplete gets the
// request's completion. A connect timed for perf_hooks carries its start.
function tcpConnect(self, oncomplete, address, port, addressType, localAddress, localPort) {
  const req = new TCPConnectWrap();
  req.oncomplete = oncomplete;
  req.address = address;
  req.port = port;
  req.localAddress = localAddress;
  req.localPort = localPort;
  if (perf().hasObserver('net')) req.startTime = perf().now();
  return addressType === 4 ? self._handle.connect(req, address, port) :
    self._handle.connect6(req, address, port);
}

function internalConnectMultiple(context, canceled) {
  const { socket: self } = context;
  if (self[kConnectTimer]) {
    timers.clearTimeout(self[kConnectTimer]);
    self[kConnectTimer] = null;
  }
  if (context.current === context.addresses.length) {
    if (canceled) {
      self.destroy(new ERR_SOCKET_CONNECTION_TIMEOUT());
    } else {
      self.destroy(new NodeAggregateError(context.errors));
    }
    return;
  }
  const current = context.current++;
  const { localPort, port } = context;
  const { address, family: addressType } = context.addresses[current];
  if (current > 0 && self._handle && typeof self._handle.reinitialize === 'function') {
    // a TLS handle keeps itself and wraps a new TCP handle
    self._handle.reinitialize();
  } else if (current > 0) {
    if (self._handle) {
      self._handle.close();
    }
    self._handle = new TCP(TCPConstants.SOCKET);
    initSocketHandle(self);
    if (self[kSetNoDelay]) self._handle.setNoDelay(true);
  }
  let localAddress;
  let err;
  if (localPort) {
    localAddress = addressType === 4 ? '0.0.0.0' : '::';
    err = addressType === 4 ? self._handle.bind(localAddress, localPort) :
      self._handle.bind6(localAddress, localPort, 0);
    if (err) {
      context.errors.push(exceptionWithHostPort(err, 'bind', localAddress, localPort));
      internalConnectMultiple(context);
      return;
    }
  }
  self.autoSelectFamilyAttemptedAddresses.push(`${address}:${port}`);
  try {
    err = tcpConnect(self, (...args) => afterConnectMultiple(context, current, ...args),
      address, port, addressType, localAddress, localPort);
  } catch (e) {
    self.destroy(e);
    return;
  }
  if (err) {
    context.errors.push(exceptionWithHostPort(err, 'connect', address, port));
    internalConnectMultiple(context);
    return;
  }
  if (current < context.addresses.length - 1) {
    self[kConnectTimer] = timers.setTimeout(() => {
      self[kConnectTimer] = null;
      const e = new ERR_SOCKET_CONNECTION_TIMEOUT();
      e.address = address;
      e.port = port;
      context.errors.push(exceptionWithHostPort(UV_ETIMEDOUT, 'connect', address, port));
      internalConnectMultiple(context, true);
    }, context.timeout);
    self[kConnectTimer].unref();
  }
}

function afterConnectMultiple(context, current, status, handle, req, readable, writable) {
  const self = context.socket;
  if (current !== context.current - 1 || self.destroyed) return;
  if (status !== 0) {
    let details;
    if (req.localAddress && req.localPort) details = req.localAddress + ':' + req.localPort;
    const ex = exceptionWithHostPort(status, 'connect', req.address, req.port, details);
    if (details) ex.localAddress = req.localAddress, ex.localPort = req.localPort;
    context.errors.push(ex);
    internalConnectMultiple(context);
    return;
  }
  if (self[kConnectTimer]) {
    timers.clearTimeout(self[kConnectTimer]);
    self[kConnectTimer] = null;
  }
  afterConnect(status, handle, req, readable, writable);
}

function afterConnect(status, handle, req, readable, writable) {
  const self = handle[kOwner];
  if (!self || self.destroyed) return;
  self.connecting = false;
  self._sockname = null;
  if (status === 0) {
    if (self.readable && !readable) {
      self.push(null);
      self.read();
    }
    if (self.writable && !writable) self.end();
    self._unrefTimer();
    if (self[kSetNoDelay] && self._handle.setNoDelay) self._handle.setNoDelay(true);
    if (self[kSetKeepAlive] && self._handle.setKeepAlive) {
      self._handle.setKeepAlive(true, self[kSetKeepAliveInitialDelay]);
    }
    self.emit('connect');
    self.emit('ready');
    if (readable && !self.isPaused()) self.read(0);
    if (req.startTime !== undefined) {
      perf().enqueue('connect', 'net', req.startTime, { host: req.address, port: req.port });
    }
  } else {
    let details;
    if (req.localAddress && req.localPort) details = req.localAddress + ':' + req.localPort;
    const ex = exceptionWithHostPort(status, 'connect', req.address, req.port, details);
    if (details) {
      ex.localAddress = req.localAddress;
      ex.localPort = req.localPort;
    }
    self.destroy(ex);
  }
}

Socket.prototype.ref = function() {
  if (!this._handle) {
    this.once('connect', this.ref);
    return this;
  }
  if (typeof this._handle.ref === 'function') this._handle.ref();
  return this;
};

Socket.prototype.unref = function() {
  if (!this._handle) {
    this.once('connect', this.unref);
    return this;
  }
  if (typeof this._handle.unref === 'function') this._handle.unref();
  return this;
};

Socket.prototype[Symbol.for('nodejs.rejection')] = function(err, ev) {
  if (ev === 'connect') err.message; // keep the listener's error for destroy
  this.destroy(err);
};

// ---------------------------------------------------------------- Server

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  EventEmitter.call(this);
  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
    this.on('connection', connectionListener);
  } else if (options == null || typeof options === 'object') {
    options = { ...options };
    if (typeof connectionListener === 'function') this.on('connection', connectionListener);
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  if (typeof options.keepAliveInitialDelay !== 'undefined') {
    validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
    if (options.keepAliveInitialDelay < 0) options.keepAliveInitialDelay = 0;
  }
  if (typeof options.highWaterMark !== 'undefined') {
    validateNumber(options.highWaterMark, 'options.highWaterMark');
    if (options.highWaterMark < 0) options.highWaterMark = undefined;
  }
  this._connections = 0;
  this._handle = null;
  this._usingWorkers = false;
  this._workers = [];
  this._unref = false;
  this._listeningId = 1;
  this.allowHalfOpen = options.allowHalfOpen || false;
  this.pauseOnConnect = !!options.pauseOnConnect;
  this.noDelay = Boolean(options.noDelay);
  this.keepAlive = Boolean(options.keepAlive);
  this.keepAliveInitialDelay = ~~(options.keepAliveInitialDelay / 1000);
  this.highWaterMark = options.highWaterMark;
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);

function toNumberOrNull(x) { return x == null ? x : toNumber(x); }

// createServerHandle binds a new handle: a TCP one to address:port, or a
// Pipe to a path.
function createServerHandle(address, port, addressType, fd, flags) {
  let err = 0;
  let handle;
  let isTCP = false;
  if (typeof fd === 'number' && fd >= 0) {
    const type = guessHandleType(fd);
    if (type !== 'PIPE' && type !== 'TCP') return UV_EINVAL;
    return handleForFd(fd, true);
  } else if (port === -1 && addressType === -1) {
    handle = new Pipe(1);
  } else {
    handle = new TCP(TCPConstants.SERVER);
    isTCP = true;
  }
  if (handle.error < 0) return handle.error;
  if (address || port || isTCP) {
    if (!address) {
      err = handle.bind6('::', port, flags);
      if (err) {
        handle.close();
        return createServerHandle('0.0.0.0', port);
      }
    } else if (addressType === 6) {
      err = handle.bind6(address, port, flags);
    } else if (isTCP) {
      err = handle.bind(address, port);
    } else {
      err = handle.bind(address);
    }
  }
  if (err) {
    handle.close();
    return err;
  }
  return handle;
}

function setupListenHandle(address, port, addressType, backlog, fd, flags) {
  if (this._handle) {
    // a handle given to listen()
  } else {
    let rval = null;
    if (!address && typeof fd !== 'number') {
      rval = createServerHandle('::', port, 6, fd, flags);
      if (typeof rval === 'number') {
        rval = null;
        address = '0.0.0.0';
        addressType = 4;
      } else {
        address = '::';
        addressType = 6;
      }
    }
    if (rval === null) rval = createServerHandle(address, port, addressType, fd, flags);
    if (typeof rval === 'number') {
      const error = uvExceptionWithHostPort(rval, 'listen', address, port);
      process.nextTick(emitErrorNT, this, error);
      return;
    }
    this._handle = rval;
  }
  this._handle[kOwner] = this;
  this._handle.onconnection = onconnection;
  if (this._reusePort && this._handle.setReusePort) this._handle.setReusePort(true);
  let err;
  try {
    err = this._handle.listen(backlog || 511);
  } catch (e) {
    // the permission model refused the address
    this._handle.close();
    this._handle = null;
    process.nextTick(emitErrorNT, this, e);
    return;
  }
  if (err) {
    const ex = uvExceptionWithHostPort(err, 'listen', address, port);
    this._handle.close();
    this._handle = null;
    process.nextTick(emitErrorNT, this, ex);
    return;
  }
  this._connectionKey = addressType + ':' + address + ':' + port;
  if (this._unref) this.unref();
  process.nextTick(emitListeningNT, this);
}

Server.prototype._listen2 = setupListenHandle;

function emitErrorNT(self, err) { self.emit('error', err); }
function emitListeningNT(self) { if (self._handle) self.emit('listening'); }

let cluster;
// listenInCluster listens here, or in a cluster worker (unless exclusive)
// asks the primary for the handle to listen on.
function listenInCluster(server, address, port, addressType, backlog, fd, exclusive, flags, options) {
  exclusive = !!exclusive;
  if (cluster === undefined) cluster = require('cluster');
  if (cluster.isPrimary || exclusive) {
    server._listen2(address, port, addressType, backlog, fd, flags);
    return;
  }
  const serverQuery = { address, port, addressType, fd, flags, backlog, ...options };
  const listeningId = server._listeningId;
  cluster._getServer(server, serverQuery, function listenOnPrimaryHandle(err, handle) {
    if (listeningId !== server._listeningId) {
      handle.close();
      return;
    }
    if (err) {
      const ex = uvExceptionWithHostPort(err, 'bind', address, port);
      server.emit('error', ex);
      return;
    }
    server._handle = handle;
    server._listen2(address, port, addressType, backlog, fd, flags);
  });
}

Server.prototype.listen = function(...args) {
  const normalized = normalizeArgs(args);
  let options = normalized[0];
  const cb = normalized[1];
  if (this._handle) throw new ERR_SERVER_ALREADY_LISTEN();
  if (cb !== null) this.once('listening', cb);
  const backlogFromArgs = toNumber(args.length > 1 && args[1]) || toNumber(args.length > 2 && args[2]);
  options = options._handle || options.handle || options;
  const flags = getFlags(options.ipv6Only);
  this._reusePort = !!options.reusePort;

  if (options instanceof TCP || options instanceof Pipe) {
    this._handle = options;
    this[kOwner] = this;
    listenInCluster(this, null, -1, -1, backlogFromArgs, undefined, true);
    return this;
  }
  addServerAbortSignalOption(this, options);
  if (typeof options.fd === 'number' && options.fd >= 0) {
    validateInt32(options.fd, 'options.fd', 0);
    listenInCluster(this, null, null, null, backlogFromArgs, options.fd);
    return this;
  }
  if (args.length === 0 || typeof args[0] === 'function' ||
      (typeof options.port === 'undefined' && 'port' in options) || options.port === null) {
    options.port = 0;
  }
  let backlog;
  if (typeof options.port === 'number' || typeof options.port === 'string') {
    validatePort(options.port, 'options.port');
    backlog = options.backlog || backlogFromArgs;
    if (options.host) {
      lookupAndListen(this, options.port | 0, options.host, backlog, options.exclusive, flags);
    } else {
      listenInCluster(this, null, options.port | 0, 4, backlog, undefined, options.exclusive, flags);
    }
    return this;
  }
  if (options.path && isPipeName(options.path)) {
    const pipeName = this._pipeName = options.path;
    backlog = options.backlog || backlogFromArgs;
    listenInCluster(this, pipeName, -1, -1, backlog, undefined, options.exclusive);
    if (!this._handle) return this;
    let mode = 0;
    if (options.readableAll === true) mode |= PipeConstants.UV_READABLE;
    if (options.writableAll === true) mode |= PipeConstants.UV_WRITABLE;
    if (mode !== 0) {
      const err = this._handle.fchmod(mode);
      if (err) {
        this._handle.close();
        this._handle = null;
        throw errnoException(err, 'uv_pipe_chmod');
      }
    }
    return this;
  }
  if (!('port' in options || 'path' in options)) {
    throw new ERR_INVALID_ARG_VALUE('options', options,
      'must have the property "port" or "path"');
  }
  throw new ERR_INVALID_ARG_VALUE('options', options);
};

function getFlags(ipv6Only) { return ipv6Only === true ? TCPConstants.UV_TCP_IPV6ONLY : 0; }

function addServerAbortSignalOption(self, options) {
  if (options?.signal === undefined) return;
  validateAbortSignal(options.signal, 'options.signal');
  const { signal } = options;
  const onAborted = () => self.close();
  if (signal.aborted) {
    process.nextTick(onAborted);
  } else {
    signal.addEventListener('abort', onAborted);
    self.once('close', () => signal.removeEventListener('abort', onAborted));
  }
}

function lookupAndListen(self, port, address, backlog, exclusive, flags) {
  lazyDns().lookup(address, function doListen(err, ip, addressType) {
    if (err) {
      self.emit('error', err);
    } else {
      addressType = ip ? addressType : 4;
      listenInCluster(self, ip, port, addressType, backlog, undefined, exclusive, flags);
    }
  });
}

Object.defineProperty(Server.prototype, 'listening', {
  __proto__: null, configurable: true, enumerable: true,
  get() { return !!this._handle; },
});

Server.prototype.address = function() {
  if (this._handle && this._handle.getsockname) {
    const out = {};
    const err = this._handle.getsockname(out);
    if (typeof err === 'string') return err;
    if (err) throw errnoException(err, 'address');
    return out;
  } else if (this._pipeName) {
    return this._pipeName;
  }
  return null;
};

function onconnection(err, clientHandle) {
  const handle = this;
  const self = handle[kOwner];
  if (err) {
    self.emit('error', errnoException(err, 'accept'));
    return;
  }
  if (self.maxConnections && self._connections >= self.maxConnections) {
    if (clientHandle.getsockname || clientHandle.getpeername) {
      const data = { __proto__: null };
      if (clientHandle.getsockname) {
        const localInfo = {};
        clientHandle.getsockname(localInfo);
        data.localAddress = localInfo.address;
        data.localPort = localInfo.port;
        data.localFamily = localInfo.family;
      }
      if (clientHandle.getpeername) {
        const remoteInfo = {};
        clientHandle.getpeername(remoteInfo);
        data.remoteAddress = remoteInfo.address;
        data.remotePort = remoteInfo.port;
        data.remoteFamily = remoteInfo.family;
      }
      self.emit('drop', data);
    } else {
      self.emit('drop');
    }
    clientHandle.close();
    return;
  }
  const socket = new Socket({
    handle: clientHandle,
    allowHalfOpen: self.allowHalfOpen,
    pauseOnCreate: self.pauseOnConnect,
    readable: true,
    writable: true,
    readableHighWaterMark: self.highWaterMark,
    writableHighWaterMark: self.highWaterMark,
  });
  if (self.noDelay && clientHandle.setNoDelay) {
    socket[kSetNoDelay] = true;
    clientHandle.setNoDelay(true);
  }
  if (self.keepAlive && clientHandle.setKeepAlive) {
    socket[kSetKeepAlive] = true;
    socket[kSetKeepAliveInitialDelay] = self.keepAliveInitialDelay;
    clientHandle.setKeepAlive(true, self.keepAliveInitialDelay);
  }
  self._connections++;
  socket.server = self;
  socket._server = self;
  self.emit('connection', socket);
}

Server.prototype.getConnections = function(cb) {
  const self = this;
  function end(err, connections) { process.nextTick(cb, err, connections); }
  if (!this._usingWorkers) {
    end(null, this._connections);
    return this;
  }
  end(null, this._connections);
  return this;
};

Server.prototype.close = function(cb) {
  if (typeof cb === 'function') {
    if (!this._handle) {
      this.once('close', function close() { cb(new ERR_SERVER_NOT_RUNNING()); });
    } else {
      this.once('close', cb);
    }
  }
  if (this._handle) {
    this._handle.close();
    this._handle = null;
  }
  this._listeningId++;
  this._emitCloseIfDrained();
  return this;
};

Server.prototype[Symbol.asyncDispose] = function() {
  return new Promise((resolve, reject) => {
    if (!this._handle) return resolve();
    this.close((err) => (err ? reject(err) : resolve()));
  });
};

Server.prototype._emitCloseIfDrained = function() {
  if (this._handle || this._connections) return;
  process.nextTick(emitServerCloseNT, this);
};

Server.prototype[Symbol.for('nodejs.rejection')] = function(err, event, sock) {
  switch (event) {
    case 'connection':
      sock.destroy(err);
      break;
    default:
      this.emit('error', err);
  }
};

Server.prototype.ref = function() {
  this._unref = false;
  if (this._handle) this._handle.ref();
  return this;
};

Server.prototype.unref = function() {
  this._unref = true;
  if (this._handle) this._handle.unref();
  return this;
};

Object.defineProperty(Server.prototype, '_pipeName', { __proto__: null, writable: true, value: undefined });

// ---------------------------------------------------------------- module

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

function connect(...args) {
  const normalized = normalizeArgs(args);
  const options = normalized[0];
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(normalized);
}

Socket.prototype.write = stream.Duplex.prototype.write;
const socketWrite = Socket.prototype.write;

let warnSimultaneousAccepts = true;
function _setSimultaneousAccepts() {
  if (warnSimultaneousAccepts) {
    process.emitWarning(
      'net._setSimultaneousAccepts() is deprecated and will be removed.',
      'DeprecationWarning', 'DEP0121');
    warnSimultaneousAccepts = false;
  }
}

module.exports = {
  _createServerHandle: createServerHandle,
  _normalizeArgs: normalizeArgs,
  _setSimultaneousAccepts,
  BlockList,
  SocketAddress,
  connect,
  createConnection: connect,
  createServer,
  isIP,
  isIPv4,
  isIPv6,
  Server,
  Socket,
  Stream: Socket,
  getDefaultAutoSelectFamily,
  setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout,
};
