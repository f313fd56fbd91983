'use strict';
// TLSSocket, tls.Server and tls.connect (Node's _tls_wrap). The TLS
// session runs in Go (hostnet's tls_wrap binding over crypto/tls): a
// TLSWrap handle wraps a TCP or Pipe handle's connection and is itself a
// stream handle, so net.Socket's reading and writing work on it unchanged.
// The handshake reports to JS, which decides about the peer's
// certificate (rejectUnauthorized, checkServerIdentity) as Node does.

const { Buffer } = require('buffer');
const net = require('net');
const EventEmitter = require('events');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MULTIPLE_CALLBACK,
    ERR_SOCKET_CLOSED, ERR_TLS_HANDSHAKE_TIMEOUT, ERR_TLS_INVALID_CONTEXT,
    ERR_TLS_REQUIRED_SERVER_NAME, ERR_TLS_SNI_FROM_SERVER, ERR_TLS_INVALID_STATE,
    ERR_NOT_IMPLEMENTED, ERR_OUT_OF_RANGE, ERR_TLS_RENEGOTIATION_DISABLED,
    ERR_INTERNAL_ASSERTION,
  },
} = require('internal/errors');
const {
  validateBuffer, validateFunction, validateNumber, validateObject, validateString,
  validateUint32, validateBoolean,
} = require('internal/validators');
const { TCP, Pipe, TCPConstants, kOwner } = require('internal/net_handles');
const { SecureContext, createSecureContext, translatePeerCertificate } = require('_tls_common');

const binding = internalBinding('tls_wrap');
const sw = internalBinding('stream_wrap');

const kConnectOptions = Symbol('connect-options');
const kErrorEmitted = Symbol('error-emitted');
const kHandshakeTimeout = Symbol('handshake-timeout');
const kRes = Symbol('res');
const kSNICallback = Symbol('snicallback');
const kALPN = Symbol('alpn');
const kIsVerified = Symbol('verified');
const kPskCallback = Symbol('pskcallback');
const kPendingSession = Symbol('pendingSession');

const noop = () => {};

// TLSWrap is the TLS handle: a stream handle whose bytes are the session's
// cleartext, delegating connect/bind and socket options to the handle it
// wraps.
class TLSWrap {
  constructor(id, parent) {
    this._id = id;
    this._parent = parent;
    this._closed = false;
    this.reading = false;
    this.onread = null;
    this[kOwner] = null;
    this.error = 0;
    sw.setCallback(id, (kind, a, b) => this._onEvent(kind, a, b));
  }

  _onEvent(kind, a, b) {
    if (kind === 1) {
      if (typeof this.onread !== 'function') return;
      if (typeof a === 'number') this.onread(a, undefined);
      else this.onread(a.byteLength, Buffer.from(a));
    } else if (kind === 3) {
      const owner = this[kOwner];
      if (!owner) return;
      if (a === 0) owner._finishInit();
      else owner._handshakeFailed(JSON.parse(a));
    } else if (kind === 4) {
      const owner = this[kOwner];
      if (owner) owner._onSNI(a);
      else binding.sniResult(this._id, -2);
    } else if (kind === 5) {
      const owner = this[kOwner];
      if (owner) owner._onNewSession(Buffer.from(a));
    } else if (kind === 6) {
      const owner = this[kOwner];
      if (owner) owner._onKeylog(Buffer.from(a));
    }
  }

  get fd() { return -1; }
  get bytesRead() { return 0; }
  get writeQueueSize() { return this._closed ? 0 : sw.writeQueueSize(this._id); }
  readStart() { return this._closed ? -9 : sw.readStart(this._id); }
  readStop() { return this._closed ? -9 : sw.readStop(this._id); }

  _write(req, r) {
    if (r === 1) {
      req.async = true;
      return 0;
    }
    req.async = false;
    return r;
  }
  _done(req) {
    return (status) => {
      if (typeof req.oncomplete === 'function') req.oncomplete(status, this, status < 0 ? status : undefined);
    };
  }
  writeBuffer(req, data) {
    if (this._closed) return -9;
    return this._write(req, sw.writeBuffer(this._id, data, this._done(req)));
  }
  writev(req, chunks, allBuffers) {
    if (this._closed) return -9;
    const bufs = [];
    if (allBuffers) {
      for (let i = 0; i < chunks.length; i++) bufs.push(chunks[i]);
    } else {
      for (let i = 0; i < chunks.length; i += 2) {
        const c = chunks[i];
        bufs.push(typeof c === 'string' ? Buffer.from(c, chunks[i + 1]) : c);
      }
    }
    return this._write(req, sw.writev(this._id, bufs, this._done(req)));
  }
  writeUtf8String(req, s) {
    if (this._closed) return -9;
    return this._write(req, sw.writeUtf8String(this._id, s, this._done(req)));
  }
  writeLatin1String(req, s) { return this.writeBuffer(req, Buffer.from(s, 'latin1')); }
  writeAsciiString(req, s) { return this.writeBuffer(req, Buffer.from(s, 'latin1')); }
  writeUcs2String(req, s) { return this.writeBuffer(req, Buffer.from(s, 'ucs2')); }

  shutdown(req) {
    if (this._closed) return -9;
    return sw.shutdown(this._id, (status) => {
      if (typeof req.oncomplete === 'function') req.oncomplete(status, this, undefined);
    });
  }

  close(cb) {
    if (this._closed) return;
    this._closed = true;
    sw.close(this._id, () => {
      if (this._ownsParent) this._parent.close(noop);
      if (typeof cb === 'function') cb.call(this);
    });
  }
  reset(cb) {
    if (this._closed) return 0;
    if (this._ownsParent && this._parent.reset) {
      this._closed = true;
      sw.close(this._id);
      this._parent.reset(() => { if (typeof cb === 'function') cb.call(this); });
      return 0;
    }
    this.close(cb);
    return 0;
  }

  ref() {
    // over a JS duplex the duplex, not this handle, keeps the process alive
    if (this._weak) return;
    if (!this._closed) sw.ref(this._id);
    if (this._ownsParent) this._parent.ref();
  }
  unref() { if (!this._closed) sw.unref(this._id); if (this._ownsParent) this._parent.unref(); }
  hasRef() { return this._closed ? false : sw.hasRef(this._id); }
  getsockname(out) { return this._parent.getsockname(out); }
  getpeername(out) { return this._parent.getpeername(out); }
  getAsyncId() { return this._id; }
  useUserBuffer() {}

  // the wrapped handle's side
  bind(...a) { return this._parent.bind(...a); }
  bind6(...a) { return this._parent.bind6(...a); }
  connect(req, ...a) { return this._parent.connect(this._connectReq(req), ...a); }
  connect6(req, ...a) { return this._parent.connect6(this._connectReq(req), ...a); }
  _connectReq(req) {
    const self = this;
    const inner = Object.create(req);
    inner.oncomplete = function(status, handle, r, readable, writable) {
      if (typeof req.oncomplete === 'function') req.oncomplete.call(req, status, self, req, readable, writable);
    };
    return inner;
  }
  setNoDelay(on) { return this._parent.setNoDelay ? this._parent.setNoDelay(on) : 0; }
  setKeepAlive(on, d) { return this._parent.setKeepAlive ? this._parent.setKeepAlive(on, d) : 0; }

  // autoSelectFamily's next attempt: a fresh TCP handle under this one
  reinitialize() {
    if (!this._ownsParent || this._closed) return;
    const old = this._parent;
    const parent = new TCP(TCPConstants.SOCKET);
    parent[kOwner] = this[kOwner];
    if (binding.setParent(this._id, parent._id) < 0) {
      parent.close();
      return;
    }
    this._parent = parent;
    old.close();
  }

  // TLS
  start(early) { return binding.start(this._id, early); }
  verifyError() { return binding.verifyError(this._id); }
  getServername() { return binding.servername(this._id); }
  setOptions(o) { return binding.setOptions(this._id, JSON.stringify(o)); }
}

// ALPN protocols in their wire form (each prefixed by its length).
function convertProtocols(protocols) {
  const lens = new Array(protocols.length);
  const buff = Buffer.allocUnsafe(protocols.reduce((p, c, i) => {
    const len = Buffer.byteLength(c);
    if (len > 255) {
      throw new ERR_OUT_OF_RANGE('The byte length of the protocol at index ' +
        `${i} exceeds the maximum length.`, '<= 255', len, true);
    }
    lens[i] = len;
    return p + 1 + len;
  }, 0));
  let offset = 0;
  for (let i = 0, c = protocols.length; i < c; i++) {
    buff[offset++] = lens[i];
    buff.write(protocols[i], offset);
    offset += lens[i];
  }
  return buff;
}

function convertALPNProtocols(protocols, out) {
  if (Array.isArray(protocols)) {
    out.ALPNProtocols = convertProtocols(protocols);
  } else if (Buffer.isBuffer(protocols) || ArrayBuffer.isView(protocols)) {
    out.ALPNProtocols = Buffer.from(protocols.buffer.slice(protocols.byteOffset,
                                                           protocols.byteOffset + protocols.byteLength));
  }
}

function decodeALPN(buf) {
  if (!buf) return undefined;
  const out = [];
  for (let i = 0; i < buf.length;) {
    const n = buf[i++];
    out.push(buf.toString('latin1', i, i + n));
    i += n;
  }
  return out;
}

// ------------------------------------------------------------ TLSSocket

function TLSSocket(socket, opts) {
  if (!(this instanceof TLSSocket)) return new TLSSocket(socket, opts);
  const tlsOptions = { ...opts };
  if (tlsOptions.enableTrace) throw new ERR_NOT_IMPLEMENTED('tls enableTrace');
  if (tlsOptions.pskCallback) throw new ERR_NOT_IMPLEMENTED('tls pskCallback');
  if (tlsOptions.ALPNProtocols) convertALPNProtocols(tlsOptions.ALPNProtocols, tlsOptions);

  this._tlsOptions = tlsOptions;
  this._secureEstablished = false;
  this._securePending = false;
  this._newSessionPending = false;
  this._controlReleased = false;
  this.secureConnecting = true;
  this._SNICallback = null;
  this.servername = null;
  this.alpnProtocol = null;
  this.authorized = false;
  this.authorizationError = null;
  this[kRes] = null;
  this[kIsVerified] = false;
  this[kPskCallback] = null;
  this.encrypted = true;

  let wrap;
  if (socket instanceof net.Socket || socket == null) {
    wrap = socket;
  } else if (typeof socket.pipe !== 'function' || typeof socket.write !== 'function' ||
             typeof socket.on !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('socket', ['net.Socket', 'stream.Duplex'], socket);
  } else {
    wrap = wrapDuplex(socket);
  }
  const handle = this._wrapHandle(wrap);
  net.Socket.call(this, {
    handle,
    allowHalfOpen: socket ? socket.allowHalfOpen : tlsOptions.allowHalfOpen,
    pauseOnCreate: tlsOptions.pauseOnConnect,
    manualStart: true,
    highWaterMark: tlsOptions.highWaterMark,
    onread: !socket ? tlsOptions.onread : null,
    signal: tlsOptions.signal,
  });
  this._parent = wrap || null;
  this.ssl = this._handle;
  this.on('close', onSocketCloseDestroySSL);
  this.on('error', this._tlsError);
  this._init(socket, wrap);
  if (wrap && wrap !== socket) this._jsParent = socket;
  process.nextTick(initRead, this, socket);
}
Object.setPrototypeOf(TLSSocket.prototype, net.Socket.prototype);
Object.setPrototypeOf(TLSSocket, net.Socket);

function onSocketCloseDestroySSL() {
  this._destroySSL();
  this[kRes] = null;
}

// wrapDuplex carries a JS duplex stream's bytes through an in-host socket
// pair, so the TLS layer has a connection to wrap.
function wrapDuplex(stream) {
  const ids = binding.socketPair();
  if (typeof ids === 'number') throw new ERR_INVALID_ARG_VALUE('socket', stream);
  const inner = new net.Socket({ handle: new TCP(TCPConstants.SOCKET, ids[1]) });
  const outer = new net.Socket({ handle: new TCP(TCPConstants.SOCKET, ids[0]) });
  // in-memory: the duplex, not this pair, keeps the process alive
  inner._handle.unref();
  outer._handle.unref();
  outer.on('data', (d) => { if (!stream.destroyed) stream.write(d); });
  outer.on('end', () => { if (typeof stream.end === 'function') stream.end(); });
  outer.on('error', noop);
  stream.on('data', (d) => outer.write(d));
  stream.on('end', () => outer.end());
  stream.on('close', () => outer.destroy());
  stream.on('error', (err) => inner.destroy(err));
  if (typeof stream.resume === 'function') stream.resume();
  inner._duplex = stream;
  // closing the TLS socket closes the duplex under it, as Node's
  // JSStreamSocket does
  inner.once('close', () => {
    outer.destroy();
    if (typeof stream.destroy === 'function' && !stream.destroyed) stream.destroy();
  });
  return inner;
}

function initRead(tlsSocket, socket) {
  if (!tlsSocket._handle) return;
  tlsSocket.read(0);
}

TLSSocket.prototype._tlsError = function(err) {
  this.emit('_tlsError', err);
  if (this._controlReleased) return err;
  return null;
};

TLSSocket.prototype._releaseControl = function() {
  if (this._controlReleased) return false;
  this._controlReleased = true;
  this.removeListener('error', this._tlsError);
  return true;
};

TLSSocket.prototype._wrapHandle = function(wrap) {
  const options = this._tlsOptions;
  let parent;
  if (wrap) {
    parent = wrap._handle;
    if (!parent) {
      // not connected yet: its connect() will use this handle
      this._wrapPending = true;
      parent = options.pipe ? new Pipe(0) : new TCP(TCPConstants.SOCKET);
      parent[kOwner] = wrap;
      wrap._handle = parent;
    }
  } else {
    parent = options.pipe ? new Pipe(0) : new TCP(TCPConstants.SOCKET);
  }
  const context = options.secureContext || createSecureContext(options);
  if (!(context instanceof SecureContext) || !context.context || typeof context.context._id !== 'number') {
    throw new ERR_TLS_INVALID_CONTEXT('context');
  }
  const id = binding.wrap(parent._id, context.context._id, !!options.isServer);
  if (id < 0) throw new ERR_SOCKET_CLOSED();
  const handle = new TLSWrap(id, parent);
  handle._ownsParent = !wrap;
  handle._secureContext = context;
  if (wrap && wrap._duplex) {
    handle._weak = true;
    sw.unref(id);
  }
  if (!wrap) parent[kOwner] = this;
  else parent.onread = noop;
  this[kRes] = handle;
  return handle;
};

TLSSocket.prototype._init = function(socket, wrap) {
  const options = this._tlsOptions;
  const handle = this._handle;
  handle[kOwner] = this;
  if (!wrap) handle._parent[kOwner] = this;
  this.server = options.server || null;
  const requestCert = !!options.requestCert || !options.isServer;
  const rejectUnauthorized = !!options.rejectUnauthorized;
  this._requestCert = requestCert;
  this._rejectUnauthorized = rejectUnauthorized;
  const o = { requestCert, rejectUnauthorized };
  if (handle._weak) o.weak = true;
  if (options.isServer) {
    const server = options.server;
    let alpn = options.ALPNProtocols;
    if (server && server[kALPN]) alpn = server[kALPN];
    if (alpn) o.alpn = decodeALPN(alpn);
    if (options.ALPNCallback) throw new ERR_NOT_IMPLEMENTED('tls ALPNCallback');
    const sni = options.SNICallback;
    if (sni && (sni !== defaultSNICallback || (server && server._contexts.length))) {
      this._SNICallback = sni;
      o.sni = true;
    }
  } else {
    if (options.ALPNProtocols) o.alpn = decodeALPN(options.ALPNProtocols);
  }
  this[kALPN] = o;
  handle.setOptions(o);

  if (options.handshakeTimeout > 0) {
    this.setTimeout(options.handshakeTimeout, this._handleTimeout);
  }

  if (wrap) {
    wrap.on('error', (err) => { if (!this.destroyed) this.destroy(err); });
    wrap.once('close', () => { if (!this.destroyed) this.destroy(); });
    this.once('close', () => { if (!wrap.destroyed) wrap.destroy(); });
    if (wrap.connecting || !wrap._handle || this._wrapPending) {
      this.connecting = true;
      wrap.once('connect', () => {
        this.connecting = false;
        this.emit('connect');
        if (options.isServer) this._start();
      });
    } else if (options.isServer) {
      this._start();
    }
  } else if (options.isServer) {
    this._start();
  } else {
    this.once('connect', () => this._start());
  }
};

TLSSocket.prototype._handleTimeout = function() {
  this._emitTLSError(new ERR_TLS_HANDSHAKE_TIMEOUT());
};

TLSSocket.prototype._emitTLSError = function(err) {
  const e = this._tlsError(err);
  if (e) this.emit('error', e);
};

TLSSocket.prototype._start = function() {
  if (this.connecting) {
    this.once('connect', () => this._start());
    return;
  }
  if (!this._handle || this._started) return;
  this._started = true;
  // bytes the wrapped socket had read into its JS buffer
  const early = [];
  const wrap = this._parent;
  if (wrap && wrap.readableLength) {
    let buf;
    while ((buf = wrap.read()) !== null) early.push(typeof buf === 'string' ? Buffer.from(buf) : buf);
  }
  // key log lines are asked for only when someone takes them
  const server = this._tlsOptions.isServer ? this._tlsOptions.server : null;
  if (keylogFile() || (server ? server.listenerCount('keylog') > 0 : this.listenerCount('keylog') > 0)) {
    this[kALPN].keylog = true;
    this._handle.setOptions(this[kALPN]);
  }
  const r = this._handle.start(early);
  if (r < 0 && !this.destroyed) {
    this.destroy(new ERR_SOCKET_CLOSED());
  }
};

// keylogFile is --tls-keylog's file, or null.
let keylogPath;
function keylogFile() {
  if (keylogPath === undefined) {
    const files = require('internal/options').optionValues('--tls-keylog');
    keylogPath = files.length > 0 ? files[files.length - 1] : null;
  }
  return keylogPath;
}

TLSSocket.prototype._onKeylog = function(line) {
  const file = keylogFile();
  if (file) {
    try {
      require('fs').appendFileSync(file, line);
    } catch {
      // Node's key log stream ignores a file it cannot write too
    }
  }
  const server = this._tlsOptions.isServer ? this._tlsOptions.server : null;
  if (server) server.emit('keylog', line, this);
  else this.emit('keylog', line);
};

TLSSocket.prototype._finishInit = function() {
  if (!this._handle) return;
  this.alpnProtocol = binding.alpn(this._handle._id);
  this.servername = binding.servername(this._handle._id);
  this.secureConnecting = false;
  this._secureEstablished = true;
  if (this._tlsOptions.handshakeTimeout > 0) this.setTimeout(0, this._handleTimeout);
  this.emit('secure');
};

TLSSocket.prototype._handshakeFailed = function(e) {
  if (this.destroyed) return;
  let err;
  if (e.code === 'ECONNRESET' && e.message === 'EOF') {
    err = this._tlsOptions.isServer ? connResetError('socket hang up') : this._disconnectedError();
  } else if (e.errno) {
    err = new Error(e.message);
    err.errno = e.errno;
    err.code = e.code;
    err.syscall = 'read';
  } else {
    err = new Error(e.message);
    if (e.library) err.library = e.library;
    if (e.reason) err.reason = e.reason;
    err.code = e.code;
  }
  // Before the handshake's end the socket is destroyed with the error: its
  // 'error' reaches _tlsError (so '_tlsError' and tlsClientError), and
  // listeners of its own once control was released or added by hand.
  this._closeAfterHandlingError = true;
  this.destroy(err);
};

function connResetError(msg) {
  const err = new Error(msg);
  err.code = 'ECONNRESET';
  return err;
}

TLSSocket.prototype._disconnectedError = function() {
  const options = this[kConnectOptions] || {};
  const err = connResetError('Client network socket disconnected before secure TLS connection was established');
  err.path = options.path;
  err.host = options.host;
  err.port = options.port;
  err.localAddress = options.localAddress;
  return err;
};

TLSSocket.prototype._onSNI = function(servername) {
  const id = this._handle && this._handle._id;
  if (id === undefined) return;
  let once = false;
  this._SNICallback(servername, (err, context) => {
    if (once) return this.destroy(new ERR_MULTIPLE_CALLBACK());
    once = true;
    if (this.destroyed || !this._handle) return;
    if (!err && context && !(context instanceof SecureContext)) err = new Error('Invalid SNI context');
    if (err) {
      // no answer: closing the socket ends the handshake without an
      // alert, as Node's does
      this.servername = servername;
      this._sniFailed = true;
      this._emitTLSError(err);
      if (!this.destroyed) this.destroy();
      return;
    }
    binding.sniResult(id, context ? context.context._id : -1);
  });
};

TLSSocket.prototype.setServername = function(name) {
  validateString(name, 'name');
  if (this._tlsOptions.isServer) throw new ERR_TLS_SNI_FROM_SERVER();
  this[kALPN].servername = name;
  if (this._handle) this._handle.setOptions(this[kALPN]);
};

TLSSocket.prototype.setSession = function(session) {
  if (typeof session === 'string') session = Buffer.from(session, 'latin1');
  if (!Buffer.isBuffer(session) && !ArrayBuffer.isView(session)) {
    throw new ERR_INVALID_ARG_TYPE('session', ['Buffer', 'TypedArray', 'DataView', 'string'], session);
  }
  if (!this._handle) return;
  // offered at the handshake; bytes that are no session are ignored, as
  // Node does
  binding.setSession(this._handle._id, session);
};

// _onNewSession: a session ticket arrived (client); 'session' waits for
// the peer's verification, as Node's does.
TLSSocket.prototype._onNewSession = function(session) {
  if (this[kIsVerified]) this.emit('session', session);
  else this[kPendingSession] = session;
};

TLSSocket.prototype._destroySSL = function() {
  this.ssl = null;
  this[kPendingSession] = null;
  this[kIsVerified] = false;
};

TLSSocket.prototype.getSession = function() {
  if (!this._handle) return undefined;
  const b = binding.session(this._handle._id);
  return b instanceof ArrayBuffer ? Buffer.from(b) : undefined;
};
TLSSocket.prototype.getTLSTicket = function() {
  if (!this._handle) return undefined;
  const b = binding.ticket(this._handle._id);
  return b instanceof ArrayBuffer ? Buffer.from(b) : undefined;
};
TLSSocket.prototype.isSessionReused = function() {
  return !!(this._handle && binding.sessionReused(this._handle._id) === true);
};

TLSSocket.prototype.getPeerCertificate = function(detailed) {
  if (!this._handle) return null;
  const j = binding.peerCertificate(this._handle._id, !!detailed);
  if (typeof j !== 'string') return this._handle ? {} : null;
  return translatePeerCertificate(j, !!detailed) || {};
};

TLSSocket.prototype.getCertificate = function() {
  if (!this._handle) return null;
  const j = binding.certificate(this._handle._id);
  if (typeof j !== 'string') return {};
  return translatePeerCertificate(j, false) || {};
};

TLSSocket.prototype.getPeerX509Certificate = function() {
  throw new ERR_NOT_IMPLEMENTED('tlsSocket.getPeerX509Certificate');
};
TLSSocket.prototype.getX509Certificate = function() {
  throw new ERR_NOT_IMPLEMENTED('tlsSocket.getX509Certificate');
};

TLSSocket.prototype.getProtocol = function() {
  if (!this._handle) return null;
  const p = binding.protocol(this._handle._id);
  return typeof p === 'string' ? p : null;
};

TLSSocket.prototype.getCipher = function() {
  if (!this._handle) return {};
  const c = binding.cipher(this._handle._id);
  return typeof c === 'string' ? JSON.parse(c) : {};
};

TLSSocket.prototype.getEphemeralKeyInfo = function() {
  throw new ERR_NOT_IMPLEMENTED('tlsSocket.getEphemeralKeyInfo');
};
TLSSocket.prototype.getSharedSigalgs = function() {
  throw new ERR_NOT_IMPLEMENTED('tlsSocket.getSharedSigalgs');
};
TLSSocket.prototype.getFinished = function() {
  throw new ERR_NOT_IMPLEMENTED('tlsSocket.getFinished');
};
TLSSocket.prototype.getPeerFinished = function() {
  throw new ERR_NOT_IMPLEMENTED('tlsSocket.getPeerFinished');
};
TLSSocket.prototype.enableTrace = function() {
  throw new ERR_NOT_IMPLEMENTED('tlsSocket.enableTrace');
};
TLSSocket.prototype.setMaxSendFragment = function(size) {
  validateNumber(size, 'size');
  throw new ERR_NOT_IMPLEMENTED('tlsSocket.setMaxSendFragment');
};

TLSSocket.prototype.exportKeyingMaterial = function(length, label, context) {
  validateUint32(length, 'length', true);
  validateString(label, 'label');
  if (context !== undefined) validateBuffer(context, 'context');
  if (!this._secureEstablished) throw new ERR_TLS_INVALID_STATE();
  const r = binding.exportKeyingMaterial(this._handle._id, length, label, context);
  if (r === undefined) throw new ERR_TLS_INVALID_STATE();
  return Buffer.from(r);
};

TLSSocket.prototype.renegotiate = function(options, callback) {
  validateObject(options, 'options');
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (this[kDisableRenegotiation]) {
    const err = new ERR_TLS_RENEGOTIATION_DISABLED();
    if (callback) process.nextTick(callback, err);
    return false;
  }
  throw new ERR_NOT_IMPLEMENTED('tlsSocket.renegotiate');
};
const kDisableRenegotiation = Symbol('disable-renegotiation');
TLSSocket.prototype.disableRenegotiation = function() { this[kDisableRenegotiation] = true; };

// ------------------------------------------------------------ server side

function onServerSocketSecure() {
  if (this._requestCert) {
    const verifyError = binding.verifyError(this._handle._id);
    if (verifyError) {
      this.authorizationError = verifyError.code;
      if (this._rejectUnauthorized) this.destroy();
    } else {
      this.authorized = true;
    }
  }
  if (!this.destroyed && this._releaseControl()) {
    this.secureConnecting = false;
    this._tlsOptions.server.emit('secureConnection', this);
  }
}

function onSocketTLSError(err) {
  if (!this._controlReleased && !this[kErrorEmitted]) {
    this[kErrorEmitted] = true;
    if (this._tlsOptions.server && this._tlsOptions.server.listenerCount('tlsClientError') > 0) {
      this._tlsOptions.server.emit('tlsClientError', err, this);
    }
  }
}

function onSocketClose(err) {
  if (!err && !this[kErrorEmitted] && !this._secureEstablished) {
    this[kErrorEmitted] = true;
    const server = this._tlsOptions.server;
    if (server && server.listenerCount('tlsClientError') > 0) {
      server.emit('tlsClientError', connResetError('socket hang up'), this);
    }
  }
}

function tlsConnectionListener(rawSocket) {
  const socket = new TLSSocket(rawSocket, {
    secureContext: this._sharedCreds,
    isServer: true,
    server: this,
    requestCert: this.requestCert,
    rejectUnauthorized: this.rejectUnauthorized,
    handshakeTimeout: this[kHandshakeTimeout],
    ALPNProtocols: this.ALPNProtocols,
    SNICallback: this[kSNICallback] || defaultSNICallback,
    enableTrace: this[kEnableTrace],
    pauseOnConnect: this.pauseOnConnect,
    pskCallback: this[kPskCallback],
  });
  socket.on('secure', onServerSocketSecure);
  socket[kErrorEmitted] = false;
  socket.on('close', onSocketClose);
  socket.on('_tlsError', onSocketTLSError);
}

const kEnableTrace = Symbol('enable-trace');

function Server(options, listener) {
  if (!(this instanceof Server)) return new Server(options, listener);
  if (typeof options === 'function') {
    listener = options;
    options = {};
  } else if (options == null || typeof options === 'object') {
    options = options || {};
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  this._contexts = [];
  this.requestCert = options.requestCert === true;
  this.rejectUnauthorized = options.rejectUnauthorized !== false;
  this.ALPNProtocols = undefined;
  if (options.ALPNProtocols) convertALPNProtocols(options.ALPNProtocols, this);
  this[kALPN] = this.ALPNProtocols;
  if (options.ALPNCallback) {
    validateFunction(options.ALPNCallback, 'options.ALPNCallback');
    throw new ERR_NOT_IMPLEMENTED('tls ALPNCallback');
  }
  if (options.pskCallback) throw new ERR_NOT_IMPLEMENTED('tls pskCallback');
  if (options.sessionTimeout != null) validateNumber(options.sessionTimeout, 'options.sessionTimeout');
  if (options.ticketKeys != null) {
    validateBuffer(options.ticketKeys, 'options.ticketKeys');
    if (options.ticketKeys.byteLength !== 48) {
      throw new ERR_INVALID_ARG_VALUE('options.ticketKeys', options.ticketKeys.byteLength, 'must be exactly 48 bytes');
    }
  }
  if (options.handshakeTimeout != null) validateNumber(options.handshakeTimeout, 'options.handshakeTimeout');
  if (options.SNICallback != null) validateFunction(options.SNICallback, 'options.SNICallback');
  if (options.enableTrace != null) validateBoolean(options.enableTrace, 'options.enableTrace');
  this[kHandshakeTimeout] = options.handshakeTimeout || (120 * 1000);
  this[kSNICallback] = options.SNICallback;
  this[kEnableTrace] = options.enableTrace;
  this.setSecureContext(options);
  if (options.ticketKeys != null) this.setTicketKeys(options.ticketKeys);
  net.Server.call(this, options, tlsConnectionListener);
  if (listener) this.on('secureConnection', listener);
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

Server.prototype.setSecureContext = function(options) {
  validateObject(options, 'options');
  this.key = options.key;
  this.cert = options.cert;
  this.ca = options.ca;
  this.passphrase = options.passphrase;
  this.pfx = options.pfx;
  this.ciphers = options.ciphers;
  this.ecdhCurve = options.ecdhCurve;
  this.dhparam = options.dhparam;
  this.minVersion = options.minVersion;
  this.maxVersion = options.maxVersion;
  this.secureProtocol = options.secureProtocol;
  this.secureOptions = options.secureOptions;
  // A server prefers its own cipher order unless told otherwise (as Node).
  this.honorCipherOrder = options.honorCipherOrder === undefined ? true : !!options.honorCipherOrder;
  this.sessionIdContext = options.sessionIdContext;
  this.clientCertEngine = options.clientCertEngine;
  this.privateKeyEngine = options.privateKeyEngine;
  this.privateKeyIdentifier = options.privateKeyIdentifier;
  this._sharedCreds = createSecureContext({
    key: this.key, cert: this.cert, ca: this.ca, passphrase: this.passphrase,
    pfx: this.pfx, ciphers: this.ciphers, ecdhCurve: this.ecdhCurve,
    dhparam: this.dhparam, minVersion: this.minVersion, maxVersion: this.maxVersion,
    secureProtocol: this.secureProtocol, honorCipherOrder: this.honorCipherOrder,
    clientCertEngine: this.clientCertEngine, privateKeyEngine: this.privateKeyEngine,
    privateKeyIdentifier: this.privateKeyIdentifier, sigalgs: options.sigalgs,
  });
};

Server.prototype.setOptions = function(options) {
  this.setSecureContext(options);
};

Server.prototype.getTicketKeys = function() {
  return this._sharedCreds.context.getTicketKeys();
};
Server.prototype.setTicketKeys = function(keys) {
  validateBuffer(keys);
  if (keys.byteLength !== 48) {
    throw new ERR_INTERNAL_ASSERTION('Session ticket keys must be a 48-byte buffer');
  }
  this._sharedCreds.context.setTicketKeys(keys);
};

Server.prototype.addContext = function(servername, context) {
  if (!servername) throw new ERR_TLS_REQUIRED_SERVER_NAME();
  const re = new RegExp('^' + servername.replace(/([.^$+?\-\\[\]{}])/g, '\\$1').replace(/\*/g, '[^.]*') + '$');
  const ctx = context instanceof SecureContext ? context : createSecureContext(context);
  this._contexts.push([re, ctx]);
};

Server.prototype[EventEmitter.captureRejectionSymbol] = function(err, event, sock) {
  switch (event) {
    case 'secureConnection':
      sock.destroy(err);
      break;
    default:
      net.Server.prototype[EventEmitter.captureRejectionSymbol].call(this, err, event, sock);
  }
};

function defaultSNICallback(servername, cb) {
  let ctx;
  const contexts = this.server ? this.server._contexts : [];
  for (let i = contexts.length - 1; i >= 0; --i) {
    if (contexts[i][0].test(servername)) {
      ctx = contexts[i][1];
      break;
    }
  }
  cb(null, ctx);
}

function createServer(options, listener) {
  return new Server(options, listener);
}

// ------------------------------------------------------------ client side

function onConnectSecure() {
  const options = this[kConnectOptions];
  let verifyError = binding.verifyError(this._handle._id);
  if (!verifyError && !this.isSessionReused()) {
    const hostname = options.servername || options.host ||
      (options.socket && options.socket._host) || 'localhost';
    const cert = this.getPeerCertificate(true);
    verifyError = options.checkServerIdentity(hostname, cert);
  }
  if (verifyError) {
    this.authorized = false;
    this.authorizationError = verifyError.code || verifyError.message;
    if (options.rejectUnauthorized) {
      this.destroy(verifyError);
      return;
    }
    this.emit('secureConnect');
  } else {
    this.authorized = true;
    this.emit('secureConnect');
  }
  this[kIsVerified] = true;
  const session = this[kPendingSession];
  this[kPendingSession] = null;
  if (session) this.emit('session', session);
  this.removeListener('end', onConnectEnd);
}

function onConnectEnd() {
  if (!this._hadError && !this._secureEstablished) {
    this._hadError = true;
    this.destroy(this._disconnectedError());
  }
}

function normalizeConnectArgs(listArgs) {
  const args = net._normalizeArgs(listArgs);
  const options = args[0];
  const cb = args[1];
  if (listArgs[1] !== null && typeof listArgs[1] === 'object') {
    Object.assign(options, listArgs[1]);
  } else if (listArgs[2] !== null && typeof listArgs[2] === 'object') {
    Object.assign(options, listArgs[2]);
  }
  return cb ? [options, cb] : [options];
}

function connect(...args) {
  args = normalizeConnectArgs(args);
  let options = args[0];
  const cb = args[1];
  const tls = require('tls');
  const allowUnauthorized = process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0';
  options = {
    rejectUnauthorized: !allowUnauthorized,
    ciphers: tls.DEFAULT_CIPHERS,
    checkServerIdentity: tls.checkServerIdentity,
    minDHSize: 1024,
    ...options,
  };
  if (!options.keepAlive) options.singleUse = true;
  validateFunction(options.checkServerIdentity, 'options.checkServerIdentity');
  validateNumber(options.minDHSize, 'options.minDHSize', 1);
  const context = options.secureContext || createSecureContext(options);
  const tlssock = new TLSSocket(options.socket, {
    allowHalfOpen: options.allowHalfOpen,
    pipe: !!options.path,
    secureContext: context,
    isServer: false,
    requestCert: true,
    rejectUnauthorized: options.rejectUnauthorized !== false,
    session: options.session,
    ALPNProtocols: options.ALPNProtocols,
    requestOCSP: options.requestOCSP,
    enableTrace: options.enableTrace,
    pskCallback: options.pskCallback,
    highWaterMark: options.highWaterMark,
    onread: options.onread,
    signal: options.signal,
  });
  tlssock[kConnectOptions] = options;
  if (cb) tlssock.once('secureConnect', cb);
  if (!options.socket) {
    if (options.timeout) tlssock.setTimeout(options.timeout);
    tlssock.connect(options, tlssock._start);
  }
  tlssock._releaseControl();
  if (options.session) tlssock.setSession(options.session);
  if (options.servername) {
    tlssock.setServername(options.servername);
  }
  if (options.socket) tlssock._start();
  tlssock.on('secure', onConnectSecure);
  tlssock.prependListener('end', onConnectEnd);
  return tlssock;
}

module.exports = {
  TLSSocket, Server, createServer, connect, convertALPNProtocols,
};
