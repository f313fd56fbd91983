'use strict';
// What dgram shares with child_process's handle passing: the UDP handle
// class and the symbol under which a dgram.Socket keeps its state.

const { FastBuffer } = require('internal/buffer');

const udp = internalBinding('udp_wrap');
const sw = internalBinding('stream_wrap');

const kStateSymbol = Symbol('state symbol');

// UDP is the handle: a thin object over the binding's id.
class UDP {
  // id names an existing socket (one received over an IPC channel).
  constructor(ipv6, id) {
    this.onmessage = null;
    this.lookup = null;
    this._name = undefined; // getsockname's answer, while it holds
    // (kind, errno) or (kind, datagram, address, port, family)
    const onEvent = (kind, a, address, port, family) => {
      if (typeof this.onmessage !== 'function') return;
      if (typeof a === 'number') {
        this.onmessage(a, this, undefined, undefined);
        return;
      }
      const size = a.byteLength;
      this.onmessage(size, this, new FastBuffer(a),
        { address, family: family === 4 ? 'IPv4' : 'IPv6', port, size });
    };
    if (id === undefined) {
      this._id = udp.create(onEvent, !!ipv6);
    } else {
      this._id = id;
      udp.setCallback(id, onEvent);
    }
    this._closed = this._id < 0;
  }
  bind(ip, port, flags) { this._name = undefined; return udp.bind(this._id, ip, port, flags); }
  bind6(ip, port, flags) { this._name = undefined; return udp.bind(this._id, ip, port, flags); }
  // list: buffers (the binding takes a lone one as it is)
  send(list, ip, port) { return udp.send(this._id, list.length === 1 ? list[0] : list, ip, port); }
  recvStart() { return udp.recvStart(this._id); }
  recvStop() { return this._closed ? 0 : udp.recvStop(this._id); }
  connect(ip, port) { this._name = undefined; return udp.connect(this._id, ip, port); }
  disconnect() { this._name = undefined; return udp.disconnect(this._id); }
  // The local address changes only by bind, connect and disconnect (all
  // through this handle): it is asked of the kernel once after each.
  getsockname(out) {
    let r = this._name;
    if (r === undefined) {
      r = udp.getsockname(this._id);
      if (typeof r === 'number') return r;
      this._name = r;
    }
    out.address = r.address;
    out.family = r.family;
    out.port = r.port;
    return 0;
  }
  getpeername(out) {
    const r = udp.getpeername(this._id);
    if (typeof r === 'number') return r;
    Object.assign(out, r);
    return 0;
  }
  close(cb) {
    if (this._closed) return;
    this._closed = true;
    this._name = undefined;
    sw.close(this._id, cb);
  }
  ref() { if (!this._closed) udp.ref(this._id); }
  unref() { if (!this._closed) udp.unref(this._id); }
  hasRef() { return this._closed ? false : udp.hasRef(this._id); }
}

module.exports = { kStateSymbol, UDP };
