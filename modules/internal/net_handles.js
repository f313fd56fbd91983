'use strict';
// The handle classes Node's tcp_wrap, pipe_wrap and stream_wrap bindings
// expose (TCP, Pipe, TCPConnectWrap, PipeConnectWrap, ShutdownWrap,
// WriteWrap), over hostnet's bindings, which address handles by id.
//
// A stream handle reports reads through handle.onread(nread, buffer)
// (nread < 0: an errno, UV_EOF at the end) and accepted connections
// through handle.onconnection(status, clientHandle). Writes return 0 or a
// negative errno; when req.async is true afterwards, req.oncomplete(status,
// handle, error) follows from the loop, else the bytes were handed to the
// kernel already.

const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');

const sw = internalBinding('stream_wrap');
const tcp = internalBinding('tcp_wrap');
const pipe = internalBinding('pipe_wrap');

const UV_EOF = -4095;
const UV_EBADF = -9;

const kOwner = Symbol('owner_symbol');

const TCPConstants = { __proto__: null, SOCKET: 0, SERVER: 1, UV_TCP_IPV6ONLY: 1 };
const PipeConstants = { __proto__: null, SOCKET: 0, SERVER: 1, IPC: 2, UV_READABLE: 1, UV_WRITABLE: 2 };

// live maps the id of each open TCP/Pipe handle to its wrapper, for
// process._getActiveHandles (the host knows which ids keep the loop alive).
const live = new Map();
function forget(handle) {
  if (live.get(handle._id) === handle) live.delete(handle._id);
}
// activeHandleOwners gives, for the ids of handles keeping the loop alive,
// what owns each open TCP/Pipe handle among them (a net.Socket, a Server).
function activeHandleOwners(ids) {
  const out = [];
  for (let i = 0; i < ids.length; i++) {
    const h = live.get(ids[i]);
    if (h !== undefined) out.push(h[kOwner] ?? h);
  }
  return out;
}

class ReqBase {
  constructor() {
    this.oncomplete = null;
    this.async = false;
  }
}
class TCPConnectWrap extends ReqBase {}
class PipeConnectWrap extends ReqBase {}
class ShutdownWrap extends ReqBase {}
class WriteWrap extends ReqBase {}

// StreamHandle is what TCP and Pipe share: the stream base.
class StreamHandle {
  constructor(binding, id) {
    this.reading = false;
    this.onread = null;
    this.onconnection = null;
    // bytes an HTTP parser consuming this handle read (socket.bytesRead)
    this.consumedBytes = 0;
    this[kOwner] = null;
    this._binding = binding;
    const onEvent = (kind, a, b) => this._onEvent(kind, a, b);
    if (id === undefined) {
      this._id = binding.create(onEvent);
    } else {
      this._id = id;
      sw.setCallback(id, onEvent);
    }
    this._closed = this._id < 0;
    this.error = this._id < 0 ? this._id : 0;
    if (this._id >= 0) live.set(this._id, this);
  }

  _onEvent(kind, a, b) {
    if (kind === 1) {
      // an IPC channel's read that came with a descriptor: {id, type, server}
      if (b !== undefined) this.pendingHandle = b;
      if (typeof this.onread !== 'function') return;
      if (typeof a === 'number') this.onread(a, undefined);
      else this.onread(a.byteLength, new FastBuffer(a, 0, a.byteLength));
    } else if (kind === 2) {
      if (typeof this.onconnection !== 'function') return;
      if (a !== 0) this.onconnection(a, undefined);
      else this.onconnection(0, new this.constructor(undefined, b));
    }
  }

  get fd() { return -1; }
  get bytesRead() { return 0; }
  get writeQueueSize() { return this._closed ? 0 : sw.writeQueueSize(this._id); }

  readStart() { return this._closed ? UV_EBADF : sw.readStart(this._id); }
  readStop() { return this._closed ? UV_EBADF : sw.readStop(this._id); }

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
      if (typeof req.oncomplete === 'function') {
        req.oncomplete(status, this, status < 0 ? status : undefined);
      }
    };
  }

  // sendHandle (an IPC channel's write only) passes that handle's
  // descriptor with the bytes.
  writeBuffer(req, data, sendHandle) {
    if (!ArrayBuffer.isView(data)) {
      // the native stream base's own check, message and all
      const err = new TypeError('Second argument must be a buffer');
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    }
    if (this._closed) return UV_EBADF;
    if (sendHandle) {
      if (sendHandle._closed) return UV_EBADF;
      return this._write(req, sw.writeHandle(this._id, data, sendHandle._id, this._done(req)));
    }
    return this._write(req, sw.writeBuffer(this._id, data, this._done(req)));
  }

  writev(req, chunks, allBuffers) {
    if (this._closed) return UV_EBADF;
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

  // writevStrings writes chunks given as [chunk, enc, ...], enc 0 for a
  // buffer, 1 for a utf8 string, 2 for a latin1 one: the strings are
  // encoded by the host, not made into Buffers first.
  writevStrings(req, chunks) {
    if (this._closed) return UV_EBADF;
    return this._write(req, sw.writevStrings(this._id, chunks, this._done(req)));
  }

  writeUtf8String(req, s, sendHandle) {
    if (sendHandle) return this.writeBuffer(req, Buffer.from(s, 'utf8'), sendHandle);
    if (this._closed) return UV_EBADF;
    return this._write(req, sw.writeUtf8String(this._id, s, this._done(req)));
  }
  writeLatin1String(req, s) {
    if (this._closed) return UV_EBADF;
    return this._write(req, sw.writevStrings(this._id, [s, 2], this._done(req)));
  }
  writeAsciiString(req, s) { return this.writeLatin1String(req, s); }
  writeUcs2String(req, s) { return this.writeBuffer(req, Buffer.from(s, 'ucs2')); }

  shutdown(req) {
    if (this._closed) return UV_EBADF;
    return sw.shutdown(this._id, (status) => {
      if (typeof req.oncomplete === 'function') req.oncomplete(status, this, undefined);
    });
  }

  close(cb) {
    if (this._closed) return;
    this._closed = true;
    forget(this);
    sw.close(this._id, () => { if (typeof cb === 'function') cb.call(this); });
  }

  ref() { if (!this._closed) sw.ref(this._id); }
  unref() { if (!this._closed) sw.unref(this._id); }
  hasRef() { return this._closed ? false : sw.hasRef(this._id); }

  getsockname(out) {
    if (this._closed) return UV_EBADF;
    const r = sw.getsockname(this._id);
    if (typeof r === 'number') return r;
    if (typeof r === 'string') return r;
    Object.assign(out, r);
    return 0;
  }

  getpeername(out) {
    if (this._closed) return UV_EBADF;
    const r = sw.getpeername(this._id);
    if (typeof r === 'number') return r;
    if (typeof r === 'string') return r;
    Object.assign(out, r);
    return 0;
  }

  listen(backlog) { return this._closed ? UV_EBADF : this._binding.listen(this._id, backlog); }
  getAsyncId() { return this._id; }
  useUserBuffer() {}
}

class TCP extends StreamHandle {
  constructor(type, id) { super(tcp, id); this.type = type; }
  bind(address, port) { return tcp.bind(this._id, address, port); }
  bind6(address, port, flags) { return tcp.bind6(this._id, address, port, flags); }
  connect(req, address, port) { return this._connect(req, address, port, false); }
  connect6(req, address, port) { return this._connect(req, address, port, true); }
  _connect(req, address, port) {
    if (this._closed) return UV_EBADF;
    return tcp.connect(this._id, address, port, (status) => {
      if (typeof req.oncomplete === 'function') req.oncomplete(status, this, req, true, true);
    });
  }
  setNoDelay(on) { return this._closed ? 0 : tcp.setNoDelay(this._id, !!on); }
  setKeepAlive(on, delay) { return this._closed ? 0 : tcp.setKeepAlive(this._id, !!on, delay | 0); }
  setReusePort(on) { return tcp.setReusePort(this._id, !!on); }
  reset(cb) {
    if (this._closed) return 0;
    this._closed = true;
    forget(this);
    tcp.reset(this._id, () => { if (typeof cb === 'function') cb.call(this); });
    return 0;
  }
  open() { return UV_EBADF; }
}

class Pipe extends StreamHandle {
  constructor(type, id) { super(pipe, id); this.type = type; }
  bind(path) { return pipe.bind(this._id, path); }
  connect(req, path) {
    if (this._closed) return UV_EBADF;
    return pipe.connect(this._id, path, (status) => {
      if (typeof req.oncomplete === 'function') req.oncomplete(status, this, req, true, true);
    });
  }
  fchmod(mode) { return this._closed ? UV_EBADF : pipe.fchmod(this._id, mode); }
  setPendingInstances() {}
  open() { return UV_EBADF; }
}

// handleForFd wraps the socket behind the isolate's descriptor fd (one
// it was given, as a child's stdio[3] and up, or a standard stream that is
// a socket) in a new TCP or Pipe handle: net.Socket({ fd }) and
// server.listen({ fd }). A negative errno when it cannot; UV_EINVAL when
// the socket is not of the kind asked (listening or not).
function handleForFd(fd, server) {
  const info = sw.openFd(fd);
  if (typeof info === 'number') return info;
  const isServer = !!info.server;
  const handle = info.type === 'tcp' ?
    new TCP(isServer ? TCPConstants.SERVER : TCPConstants.SOCKET, info.id) :
    new Pipe(isServer ? PipeConstants.SERVER : PipeConstants.SOCKET, info.id);
  if (isServer !== !!server) {
    handle.close();
    return -22;
  }
  return handle;
}

module.exports = {
  handleForFd,
  TCP, Pipe, TCPConnectWrap, PipeConnectWrap, ShutdownWrap, WriteWrap,
  TCPConstants, PipeConstants, UV_EOF, kOwner, activeHandleOwners,
};
