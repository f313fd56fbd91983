'use strict';
// MessageChannel, MessagePort and BroadcastChannel within one isolate:
// messages are structured-cloned and delivered as macrotasks. A started
// port with listeners keeps the process alive until closed or unref'd, as
// in Node.

const { EventTarget, Event } = require('internal/event_target');
const handle = internalBinding('handle_wrap');

const kPeer = Symbol('kPeer');
const kQueue = Symbol('kQueue');
const kStarted = Symbol('kStarted');
const kClosed = Symbol('kClosed');
const kRefed = Symbol('kRefed');
const kHeld = Symbol('kHeld');
const kListeners = Symbol('kListeners');

let structuredClone;
function clone(value, transfer) {
  structuredClone ??= require('internal/structured_clone').structuredClone;
  return structuredClone(value, transfer ? { transfer } : undefined);
}

class MessageEvent extends Event {
  constructor(type, init = {}) {
    super(type, init);
    this.data = init.data;
    this.ports = init.ports ?? [];
    this.origin = init.origin ?? '';
    this.lastEventId = init.lastEventId ?? '';
    this.source = init.source ?? null;
  }
}

function updateHold(port) {
  const want = port[kStarted] && !port[kClosed] && port[kRefed] && port[kListeners] > 0;
  if (want && !port[kHeld]) {
    port[kHeld] = true;
    handle.ref();
  } else if (!want && port[kHeld]) {
    port[kHeld] = false;
    handle.unref();
  }
}

class MessagePort extends EventTarget {
  constructor(key) {
    if (key !== kPeer) {
      const { codes: { ERR_ILLEGAL_CONSTRUCTOR } } = require('internal/errors');
      throw new ERR_ILLEGAL_CONSTRUCTOR();
    }
    super();
    this[kPeer] = null;
    this[kQueue] = [];
    this[kStarted] = false;
    this[kClosed] = false;
    this[kRefed] = true;
    this[kHeld] = false;
    this[kListeners] = 0;
    this._emitters = new Map();
  }

  postMessage(value, transfer) {
    if (this[kClosed]) return;
    const peer = this[kPeer];
    const data = clone(value, Array.isArray(transfer) ? transfer : transfer?.transfer);
    if (peer === null || peer[kClosed]) return;
    peer[kQueue].push(data);
    if (peer[kStarted]) schedule(peer);
  }

  start() {
    if (this[kStarted]) return;
    this[kStarted] = true;
    updateHold(this);
    if (this[kQueue].length) schedule(this);
  }

  close() {
    if (this[kClosed]) return;
    this[kClosed] = true;
    updateHold(this);
    const peer = this[kPeer];
    setImmediate(() => {
      this.dispatchEvent(new Event('close'));
      if (peer && !peer[kClosed]) peer.close();
    });
  }

  ref() { this[kRefed] = true; updateHold(this); return this; }

  unref() { this[kRefed] = false; updateHold(this); return this; }

  hasRef() { return this[kHeld]; }

  // EventEmitter-style listeners, as Node's MessagePort offers.
  on(type, listener) {
    const wrapped = (ev) => listener.call(this, type === 'message' || type === 'messageerror' ? ev.data : ev);
    this._emitters.set(listener, wrapped);
    this.addEventListener(type, wrapped);
    if (type === 'message') {
      this[kListeners]++;
      this.start();
      updateHold(this);
    }
    return this;
  }

  addListener(type, listener) { return this.on(type, listener); }

  once(type, listener) {
    const wrapped = (v) => { this.off(type, listener); listener.call(this, v); };
    this.on(type, wrapped);
    this._emitters.set(listener, this._emitters.get(wrapped));
    return this;
  }

  off(type, listener) {
    const wrapped = this._emitters.get(listener);
    if (wrapped) {
      this.removeEventListener(type, wrapped);
      this._emitters.delete(listener);
      if (type === 'message') {
        this[kListeners]--;
        updateHold(this);
      }
    }
    return this;
  }

  removeListener(type, listener) { return this.off(type, listener); }

  removeAllListeners(type) {
    for (const [listener] of this._emitters) this.off(type, listener);
    return this;
  }

  emit(type, value) {
    this.dispatchEvent(type === 'message' ? new MessageEvent('message', { data: value }) : new Event(type));
    return true;
  }

  set onmessage(fn) {
    if (this._onmessage) this.off('message', this._onmessage);
    this._onmessage = fn;
    if (typeof fn === 'function') {
      const wrapped = (ev) => fn.call(this, ev);
      this._emitters.set(fn, wrapped);
      this.addEventListener('message', wrapped);
      this[kListeners]++;
      this.start();
    }
  }

  get onmessage() { return this._onmessage ?? null; }
}

function schedule(port) {
  if (port._scheduled) return;
  port._scheduled = true;
  setImmediate(() => {
    port._scheduled = false;
    while (port[kQueue].length && !port[kClosed]) {
      const data = port[kQueue].shift();
      port.dispatchEvent(new MessageEvent('message', { data }));
    }
  }).unref();
}

class MessageChannel {
  constructor() {
    this.port1 = new MessagePort(kPeer);
    this.port2 = new MessagePort(kPeer);
    this.port1[kPeer] = this.port2;
    this.port2[kPeer] = this.port1;
  }
}

// receiveMessageOnPort takes one queued message synchronously.
function receiveMessageOnPort(port) {
  if (!(port instanceof MessagePort)) {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('port', 'MessagePort', port);
  }
  if (port[kQueue].length === 0) return undefined;
  return { message: port[kQueue].shift() };
}

const channels = new Map(); // name -> Set<BroadcastChannel>

class BroadcastChannel extends EventTarget {
  constructor(name) {
    if (arguments.length === 0) {
      const { codes: { ERR_MISSING_ARGS } } = require('internal/errors');
      throw new ERR_MISSING_ARGS('name');
    }
    super();
    this.name = `${name}`;
    this._closed = false;
    let set = channels.get(this.name);
    if (!set) channels.set(this.name, set = new Set());
    set.add(this);
  }

  postMessage(message) {
    if (this._closed) {
      const { DOMException } = require('internal/abort_controller');
      throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
    }
    for (const other of channels.get(this.name)) {
      if (other === this) continue;
      const data = clone(message);
      setImmediate(() => { if (!other._closed) other.dispatchEvent(new MessageEvent('message', { data })); });
    }
  }

  close() {
    if (this._closed) return;
    this._closed = true;
    channels.get(this.name)?.delete(this);
  }

  ref() { return this; }

  unref() { return this; }

  set onmessage(fn) {
    if (this._onmessage) this.removeEventListener('message', this._onmessage);
    this._onmessage = fn;
    if (typeof fn === 'function') this.addEventListener('message', fn);
  }

  get onmessage() { return this._onmessage ?? null; }
}

module.exports = { MessageChannel, MessagePort, MessageEvent, BroadcastChannel, receiveMessageOnPort };
