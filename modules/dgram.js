'use strict';
// dgram: UDP sockets, as Node 20 documents them, over hostnet's udp_wrap.

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const {
  ErrnoException: errnoException, ExceptionWithHostPort: exceptionWithHostPort, uvErrmapGet,
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS, ERR_SOCKET_ALREADY_BOUND, ERR_SOCKET_BAD_BUFFER_SIZE,
    ERR_SOCKET_BUFFER_SIZE, ERR_SOCKET_DGRAM_IS_CONNECTED, ERR_SOCKET_DGRAM_NOT_CONNECTED,
    ERR_SOCKET_DGRAM_NOT_RUNNING, ERR_SOCKET_BAD_TYPE, ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_NOT_IMPLEMENTED,
  },
} = require('internal/errors');
const {
  validateAbortSignal, validateString, validateNumber, validatePort, validateFunction,
} = require('internal/validators');
const { isIP } = require('internal/net');

const udp = internalBinding('udp_wrap');
const sw = internalBinding('stream_wrap');

const UV_UDP_IPV6ONLY = 1;
const UV_UDP_REUSEADDR = 4;

const BIND_STATE_UNBOUND = 0;
const BIND_STATE_BINDING = 1;
const BIND_STATE_BOUND = 2;

const CONNECT_STATE_DISCONNECTED = 0;
const CONNECT_STATE_CONNECTING = 1;
const CONNECT_STATE_CONNECTED = 2;

const { kStateSymbol, UDP } = require('internal/dgram');

let dns;
function lazyDns() { return dns || (dns = require('dns')); }

function newHandle(type, lookup) {
  if (type === 'udp4') {
    const handle = new UDP(false);
    handle.lookup = lookup4.bind(handle, lookup);
    return handle;
  }
  if (type === 'udp6') {
    const handle = new UDP(true);
    handle.lookup = lookup6.bind(handle, lookup);
    handle.bind = handle.bind6;
    return handle;
  }
  throw new ERR_SOCKET_BAD_TYPE();
}

function lookup4(lookup, address, callback) { return lookup(address || '127.0.0.1', 4, callback); }
function lookup6(lookup, address, callback) { return lookup(address || '::1', 6, callback); }

function Socket(type, listener) {
  EventEmitter.call(this);
  let lookup;
  let recvBufferSize;
  let sendBufferSize;
  let options;
  if (type !== null && typeof type === 'object') {
    options = type;
    type = options.type;
    lookup = options.lookup;
    if (lookup !== undefined) validateFunction(lookup, 'lookup');
    recvBufferSize = options.recvBufferSize;
    sendBufferSize = options.sendBufferSize;
  }
  const handle = newHandle(type, lookup || ((a, f, cb) => lazyDns().lookup(a, f, cb)));
  handle.customLookup = lookup !== undefined;
  handle[kOwner] = this;
  this.type = type;
  if (typeof listener === 'function') this.on('message', listener);
  this[kStateSymbol] = {
    handle,
    receiving: false,
    bindState: BIND_STATE_UNBOUND,
    connectState: CONNECT_STATE_DISCONNECTED,
    queue: undefined,
    reuseAddr: options && options.reuseAddr,
    ipv6Only: options && options.ipv6Only,
    recvBufferSize,
    sendBufferSize,
    lastIP: undefined, // the last address a send found to be an IP
  };
  if (options?.signal !== undefined) {
    const { signal } = options;
    validateAbortSignal(signal, 'options.signal');
    const onAborted = () => {
      if (this[kStateSymbol].handle) this.close();
    };
    if (signal.aborted) {
      onAborted();
    } else {
      signal.addEventListener('abort', onAborted);
      this.once('close', () => signal.removeEventListener('abort', onAborted));
    }
  }
}
Object.setPrototypeOf(Socket.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Socket, EventEmitter);

// The socket a handle belongs to, under the symbol cluster and net use too.
const { kOwner } = require('internal/net_handles');

function createSocket(type, listener) { return new Socket(type, listener); }

function startListening(socket) {
  const state = socket[kStateSymbol];
  state.handle.onmessage = onMessage;
  state.handle.recvStart();
  state.receiving = true;
  state.bindState = BIND_STATE_BOUND;
  if (state.recvBufferSize) bufferSize(socket, state.recvBufferSize, true);
  if (state.sendBufferSize) bufferSize(socket, state.sendBufferSize, false);
  socket.emit('listening');
}

Socket.prototype.bind = function(port_, address_ /* , callback */) {
  let port = port_;
  healthCheck(this);
  const state = this[kStateSymbol];
  if (state.bindState !== BIND_STATE_UNBOUND) throw new ERR_SOCKET_ALREADY_BOUND();
  state.bindState = BIND_STATE_BINDING;
  const cb = arguments.length && arguments[arguments.length - 1];
  if (typeof cb === 'function') {
    const removeListeners = () => {
      this.removeListener('error', removeListeners);
      this.removeListener('listening', onListening);
    };
    const onListening = () => { removeListeners(); cb.call(this); };
    this.on('error', removeListeners);
    this.on('listening', onListening);
  }
  if (port instanceof UDP) {
    // a handle received over an IPC channel: already bound
    replaceHandle(this, port);
    startListening(this);
    return this;
  }
  if (port !== null && typeof port === 'object' && isInt32(port.fd) && port.fd > 0) {
    throw new ERR_NOT_IMPLEMENTED('dgram.Socket.bind({ fd })');
  }
  let address;
  let exclusive;
  if (port !== null && typeof port === 'object') {
    address = port.address || '';
    exclusive = !!port.exclusive;
    port = port.port;
  } else {
    address = typeof address_ === 'function' ? '' : address_;
    exclusive = false;
  }
  if (!address) address = this.type === 'udp4' ? '0.0.0.0' : '::';
  if (typeof port === 'function') port = 0;
  if (port !== undefined && port !== null && typeof port !== 'function') {
    validatePort(port);
  }
  state.handle.lookup(address, (err, ip) => {
    if (!state.handle) return; // closed meanwhile
    if (err) {
      state.bindState = BIND_STATE_UNBOUND;
      this.emit('error', err);
      return;
    }
    let flags = 0;
    if (state.reuseAddr) flags |= UV_UDP_REUSEADDR;
    if (state.ipv6Only) flags |= UV_UDP_IPV6ONLY;
    if (cluster === undefined) cluster = require('cluster');
    if (cluster.isWorker && !exclusive) {
      // The primary binds it and shares the handle (UDP is never
      // round-robin).
      cluster._getServer(this, { address: ip, port, addressType: this.type, fd: -1, flags }, (errno, handle) => {
        if (errno) {
          const ex = exceptionWithHostPort(errno, 'bind', ip, port);
          state.bindState = BIND_STATE_UNBOUND;
          this.emit('error', ex);
          return;
        }
        if (!state.handle) {
          handle.close(); // closed meanwhile
          return;
        }
        replaceHandle(this, handle);
        startListening(this);
      });
      return;
    }
    let r;
    try {
      r = state.handle.bind(ip, port || 0, flags);
    } catch (e) {
      // the permission model refused the address
      state.bindState = BIND_STATE_UNBOUND;
      this.emit('error', e);
      return;
    }
    if (r) {
      const ex = exceptionWithHostPort(r, 'bind', ip, port);
      state.bindState = BIND_STATE_UNBOUND;
      this.emit('error', ex);
      return;
    }
    startListening(this);
  });
  return this;
};

function isInt32(v) { return v === (v | 0); }

let cluster;

// replaceHandle makes handle (bound elsewhere: by a cluster's primary, or
// received over an IPC channel) the socket's, in place of its own.
function replaceHandle(socket, handle) {
  const state = socket[kStateSymbol];
  handle.lookup = state.handle.lookup;
  handle.customLookup = state.handle.customLookup;
  handle[kOwner] = socket;
  state.handle.close();
  state.handle = handle;
}

// _createSocketHandle is a bound UDP handle for a cluster's primary to
// share with its workers, or the (negative) error of binding it.
function _createSocketHandle(address, port, addressType, fd, flags) {
  const handle = newHandle(addressType);
  let err = 0;
  if (isInt32(fd) && fd > 0) {
    err = -22; // UV_EINVAL: wqnode opens no UDP socket from a bare descriptor
  } else if (port || address) {
    try {
      err = handle.bind(address, port || 0, flags);
    } catch {
      err = -13; // UV_EACCES: the permission model refused the address
    }
  }
  if (err) {
    handle.close();
    return err;
  }
  return handle;
}

Socket.prototype.connect = function(port, address, callback) {
  port = validatePort(port, 'Port', false);
  if (typeof address === 'function') {
    callback = address;
    address = '';
  } else if (address === undefined) {
    address = '';
  }
  validateString(address, 'address');
  const state = this[kStateSymbol];
  if (state.connectState !== CONNECT_STATE_DISCONNECTED) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
  state.connectState = CONNECT_STATE_CONNECTING;
  if (state.bindState === BIND_STATE_UNBOUND) this.bind({ port: 0, exclusive: true }, null);
  if (state.bindState !== BIND_STATE_BOUND) {
    enqueue(this, () => doConnect(this, port, address, callback));
    return;
  }
  doConnect(this, port, address, callback);
};

function doConnect(self, port, address, callback) {
  const state = self[kStateSymbol];
  if (!state.handle) return;
  state.handle.lookup(address, (ex, ip) => {
    if (!state.handle) return;
    if (!ex) {
      try {
        const err = state.handle.connect(ip, port);
        if (err) ex = exceptionWithHostPort(err, 'connect', address, port);
      } catch (e) {
        ex = e;
      }
    }
    if (ex) {
      state.connectState = CONNECT_STATE_DISCONNECTED;
      return process.nextTick(() => {
        if (callback) {
          self.removeListener('connect', callback);
          callback(ex);
        } else {
          self.emit('error', ex);
        }
      });
    }
    state.connectState = CONNECT_STATE_CONNECTED;
    if (callback) self.once('connect', callback);
    process.nextTick(() => self.emit('connect'));
  });
}

Socket.prototype.disconnect = function() {
  const state = this[kStateSymbol];
  if (state.connectState !== CONNECT_STATE_CONNECTED) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
  const err = state.handle.disconnect();
  if (err) throw errnoException(err, 'connect');
  state.connectState = CONNECT_STATE_DISCONNECTED;
};

function sliceBuffer(buffer, offset, length) {
  if (typeof buffer === 'string') {
    buffer = Buffer.from(buffer);
  } else if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView', 'string'], buffer);
  }
  offset = offset >>> 0;
  length = length >>> 0;
  if (offset > buffer.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (offset + length > buffer.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
  return Buffer.from(buffer.buffer, buffer.byteOffset + offset, length);
}

function fixBufferList(list) {
  const newlist = new Array(list.length);
  for (let i = 0, l = list.length; i < l; i++) {
    const buf = list[i];
    if (typeof buf === 'string') newlist[i] = Buffer.from(buf);
    else if (!ArrayBuffer.isView(buf)) return null;
    else newlist[i] = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  }
  return newlist;
}

function enqueue(self, toEnqueue) {
  const state = self[kStateSymbol];
  if (state.queue === undefined) {
    state.queue = [];
    self.once(EventEmitter.errorMonitor, onListenError);
    self.once('listening', onListenSuccess);
  }
  state.queue.push(toEnqueue);
}

function onListenSuccess() {
  this.removeListener(EventEmitter.errorMonitor, onListenError);
  clearQueue.call(this);
}

function onListenError() {
  this.removeListener('listening', onListenSuccess);
  this[kStateSymbol].queue = undefined;
}

function clearQueue() {
  const state = this[kStateSymbol];
  const queue = state.queue;
  state.queue = undefined;
  for (const queueEntry of queue) queueEntry();
}

Socket.prototype.send = function(buffer, offset, length, port, address, callback) {
  let list;
  const state = this[kStateSymbol];
  const connected = state.connectState === CONNECT_STATE_CONNECTED;
  if (!connected) {
    if (address || (port && typeof port !== 'function')) {
      buffer = sliceBuffer(buffer, offset, length);
    } else {
      callback = port;
      port = offset;
      address = length;
    }
  } else {
    if (typeof length === 'number') {
      buffer = sliceBuffer(buffer, offset, length);
      if (typeof port === 'function') {
        callback = port;
        port = null;
      }
    } else {
      callback = offset;
    }
    if (port || address) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
  }
  if (!Array.isArray(buffer)) {
    if (typeof buffer === 'string') {
      list = [Buffer.from(buffer)];
    } else if (!ArrayBuffer.isView(buffer)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView', 'string'], buffer);
    } else {
      list = [buffer]; // the binding reads any view in place
    }
  } else if (!(list = fixBufferList(buffer))) {
    throw new ERR_INVALID_ARG_TYPE('buffer list arguments', ['Buffer', 'TypedArray', 'DataView', 'string'], buffer);
  }
  if (!connected) port = validatePort(port, 'Port', false);
  if (typeof address === 'function') {
    callback = address;
    address = undefined;
  } else if (address != null) {
    validateString(address, 'address');
  }
  healthCheck(this);
  if (state.bindState === BIND_STATE_UNBOUND) this.bind({ port: 0, exclusive: true }, null);
  if (list.length === 0) list.push(Buffer.alloc(0));
  if (state.bindState !== BIND_STATE_BOUND) {
    enqueue(this, this.send.bind(this, list, port, address, callback));
    return;
  }
  if (!connected) {
    // an IP address needs no lookup (one tick less per datagram)
    const ip = address || (this.type === 'udp4' ? '127.0.0.1' : '::1');
    if (!state.handle.customLookup &&
        (ip === state.lastIP || isIP(ip) === (this.type === 'udp4' ? 4 : 6))) {
      state.lastIP = ip;
      defaultTriggerSend(this, null, list, port, ip, callback);
    } else {
      state.handle.lookup(address, (ex, ip) => defaultTriggerSend(this, ex, list, port, ip, callback));
    }
  } else {
    defaultTriggerSend(this, null, list, port, '', callback);
  }
};

function defaultTriggerSend(self, ex, list, port, address, callback) {
  const state = self[kStateSymbol];
  if (ex) {
    if (typeof callback === 'function') {
      process.nextTick(callback, ex);
      return;
    }
    process.nextTick(() => self.emit('error', ex));
    return;
  }
  if (!state.handle) return;
  let err;
  try {
    err = state.handle.send(list, address || '', address ? port : 0);
  } catch (e) {
    if (typeof callback === 'function') process.nextTick(callback, e);
    else process.nextTick(() => self.emit('error', e));
    return;
  }
  if (err < 0) {
    const e = exceptionWithHostPort(err, 'send', address, port);
    if (typeof callback === 'function') process.nextTick(callback, e);
    else process.nextTick(() => self.emit('error', e));
    return;
  }
  if (typeof callback === 'function') process.nextTick(callback, null, err - 1);
}

Socket.prototype.close = function(callback) {
  const state = this[kStateSymbol];
  const queue = state.queue;
  if (typeof callback === 'function') this.on('close', callback);
  if (queue !== undefined) {
    queue.push(this.close.bind(this));
    return this;
  }
  healthCheck(this);
  stopReceiving(this);
  state.handle.close();
  state.handle = null;
  process.nextTick(() => this.emit('close'));
  return this;
};

Socket.prototype[Symbol.asyncDispose] = function() {
  if (!this[kStateSymbol].handle) return Promise.resolve();
  return new Promise((resolve, reject) => {
    this.close((err) => (err ? reject(err) : resolve()));
  });
};

Socket.prototype.address = function() {
  healthCheck(this);
  const out = {};
  const err = this[kStateSymbol].handle.getsockname(out);
  if (err) throw errnoException(err, 'getsockname');
  return out;
};

Socket.prototype.remoteAddress = function() {
  healthCheck(this);
  const state = this[kStateSymbol];
  if (state.connectState !== CONNECT_STATE_CONNECTED) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
  const out = {};
  const err = state.handle.getpeername(out);
  if (err) throw errnoException(err, 'getpeername');
  return out;
};

function optCall(self, name, ...args) {
  healthCheck(self);
  const err = udp[name](self[kStateSymbol].handle._id, ...args);
  if (err) throw errnoException(err, name);
}

Socket.prototype.setBroadcast = function(arg) { optCall(this, 'setBroadcast', !!arg); };

Socket.prototype.setTTL = function(ttl) {
  validateNumber(ttl, 'ttl');
  if (ttl < 1 || ttl > 255) throw errnoException(-22, 'setTTL');
  optCall(this, 'setTTL', ttl);
  return ttl;
};

Socket.prototype.setMulticastTTL = function(ttl) {
  validateNumber(ttl, 'ttl');
  if (ttl < 0 || ttl > 255) throw errnoException(-22, 'setMulticastTTL');
  optCall(this, 'setMulticastTTL', ttl);
  return ttl;
};

Socket.prototype.setMulticastLoopback = function(arg) {
  optCall(this, 'setMulticastLoopback', arg ? 1 : 0);
  return arg;
};

Socket.prototype.setMulticastInterface = function(interfaceAddress) {
  healthCheck(this);
  validateString(interfaceAddress, 'interfaceAddress');
  optCall(this, 'setMulticastInterface', interfaceAddress);
};

Socket.prototype.addMembership = function(multicastAddress, interfaceAddress) {
  healthCheck(this);
  if (!multicastAddress) throw new ERR_MISSING_ARGS('multicastAddress');
  optCall(this, 'addMembership', multicastAddress, interfaceAddress);
};

Socket.prototype.dropMembership = function(multicastAddress, interfaceAddress) {
  healthCheck(this);
  if (!multicastAddress) throw new ERR_MISSING_ARGS('multicastAddress');
  optCall(this, 'dropMembership', multicastAddress, interfaceAddress);
};

Socket.prototype.addSourceSpecificMembership = function(sourceAddress, groupAddress, interfaceAddress) {
  healthCheck(this);
  validateString(sourceAddress, 'sourceAddress');
  validateString(groupAddress, 'groupAddress');
  optCall(this, 'addSourceSpecificMembership', sourceAddress, groupAddress, interfaceAddress);
};

Socket.prototype.dropSourceSpecificMembership = function(sourceAddress, groupAddress, interfaceAddress) {
  healthCheck(this);
  validateString(sourceAddress, 'sourceAddress');
  validateString(groupAddress, 'groupAddress');
  optCall(this, 'dropSourceSpecificMembership', sourceAddress, groupAddress, interfaceAddress);
};

function healthCheck(socket) {
  if (!socket[kStateSymbol].handle) throw new ERR_SOCKET_DGRAM_NOT_RUNNING();
}

function stopReceiving(socket) {
  const state = socket[kStateSymbol];
  if (!state.receiving) return;
  state.handle.recvStop();
  state.receiving = false;
}

function onMessage(nread, handle, buf, rinfo) {
  const self = handle[kOwner];
  if (nread < 0) {
    return self.emit('error', errnoException(nread, 'recvmsg'));
  }
  rinfo.size = buf.length;
  self.emit('message', buf, rinfo);
}

function bufferSize(self, size, recv) {
  if (size >>> 0 !== size) throw new ERR_SOCKET_BAD_BUFFER_SIZE();
  const state = self[kStateSymbol];
  // The size is a C int: past 2^31-1 it is EINVAL, as in Node.
  const r = !state.handle ? -9 : size > 0x7fffffff ? -22 : udp.bufferSize(state.handle._id, size, recv);
  if (r < 0) {
    const e = uvErrmapGet(r) || ['UNKNOWN', 'unknown error'];
    throw new ERR_SOCKET_BUFFER_SIZE({
      errno: r, code: e[0], message: e[1],
      syscall: recv ? 'uv_recv_buffer_size' : 'uv_send_buffer_size',
    });
  }
  return r;
}

Socket.prototype.setRecvBufferSize = function(size) { bufferSize(this, size, true); };
Socket.prototype.setSendBufferSize = function(size) { bufferSize(this, size, false); };
Socket.prototype.getRecvBufferSize = function() { return bufferSize(this, 0, true); };
Socket.prototype.getSendBufferSize = function() { return bufferSize(this, 0, false); };
Socket.prototype.getSendQueueSize = function() { return 0; };
Socket.prototype.getSendQueueCount = function() { return 0; };

Socket.prototype.ref = function() {
  const handle = this[kStateSymbol].handle;
  if (handle) handle.ref();
  return this;
};

Socket.prototype.unref = function() {
  const handle = this[kStateSymbol].handle;
  if (handle) handle.unref();
  return this;
};

// The old private fields, deprecated (DEP0112).
function deprecatedState(name, key) {
  const { deprecate } = require('util');
  Object.defineProperty(Socket.prototype, name, {
    __proto__: null, configurable: true,
    get: deprecate(function() { return this[kStateSymbol][key]; },
      `Socket.prototype.${name} is deprecated`, 'DEP0112'),
    set: deprecate(function(v) { this[kStateSymbol][key] = v; },
      `Socket.prototype.${name} is deprecated`, 'DEP0112'),
  });
}
deprecatedState('_handle', 'handle');
deprecatedState('_receiving', 'receiving');
deprecatedState('_bindState', 'bindState');
deprecatedState('_queue', 'queue');
deprecatedState('_reuseAddr', 'reuseAddr');

Socket.prototype._healthCheck = require('util').deprecate(function() { healthCheck(this); },
  'Socket.prototype._healthCheck() is deprecated', 'DEP0112');
Socket.prototype._stopReceiving = require('util').deprecate(function() { stopReceiving(this); },
  'Socket.prototype._stopReceiving() is deprecated', 'DEP0112');

module.exports = { _createSocketHandle, createSocket, Socket };
