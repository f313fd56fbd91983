'use strict';
// MessageChannel, MessagePort and BroadcastChannel, within an isolate and
// across worker threads: a port is a handle of the 'messaging' binding;
// a message is serialized (internal/worker/serialize), queued on the other
// end in the host and delivered by that end's loop. As in Node, a port is
// ref'd (keeps its loop alive) while it has 'message' listeners, unless
// unref'd, and 'message' listeners start it.

const {
  NodeEventTarget, Event, defineEventHandler, kNewListener, kRemoveListener, kHybridDispatch, kCreateEvent,
} = require('internal/event_target');
const { serialize, deserialize, setPortCheck } = require('internal/worker/serialize');
const binding = internalBinding('messaging');

const kCreate = Symbol('kCreate');
const kId = Symbol('kId');
const kRefed = Symbol('kRefed');
const kClosed = Symbol('kClosed');
const kOnMessage = Symbol('kOnMessage');
const kPorts = Symbol('kPorts');
const kDetached = Symbol.for('wqnode.messagePort.detached'); // also read by internal/worker/serialize

// The ports and channels of this isolate by handle id.
const live = new Map();

class MessageEvent extends Event {
  constructor(type, init = undefined) {
    super(type, init);
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    const {
      data = null, origin = '', lastEventId = '', source = null, ports = [],
    } = init ?? {};
    if (source !== null && !(source instanceof MessagePort)) {
      throw new ERR_INVALID_ARG_TYPE('init.source', 'MessagePort', source);
    }
    if (ports === null || typeof ports[Symbol.iterator] !== 'function') throw new TypeError('ports is not iterable');
    const list = [...ports];
    list.forEach((p, i) => {
      if (!(p instanceof MessagePort)) throw new ERR_INVALID_ARG_TYPE(`init.ports[${i}]`, 'MessagePort', p);
    });
    this.data = data;
    this.origin = `${origin}`;
    this.lastEventId = `${lastEventId}`;
    this.source = source;
    this.ports = list;
  }
}

// countMessageListeners: 'message' and 'messageerror' listeners, given
// the new size of type's list (the hooks run before the list is stored).
function countMessageListeners(target, type, size) {
  return size + target.listenerCount(type === 'message' ? 'messageerror' : 'message');
}

function setRef(target, want) {
  target[kRefed] = want;
  if (target[kId] >= 0) binding.setRef(target[kId], want && !target[kClosed]);
}

// emitMessage dispatches a message; the MessageEvent is made only if a
// listener takes events (on('message') listeners get the data).
function emitMessage(target, data, ports) {
  target[kPorts] = ports;
  target[kHybridDispatch](data, 'message');
  target[kPorts] = undefined;
}

function createMessageEvent(data, type) {
  if (type !== 'message' && type !== 'messageerror') return NodeEventTarget.prototype[kCreateEvent].call(this, data, type);
  return new MessageEvent(type, { data, ports: this[kPorts] ?? [] });
}

function emitMessageError(target, err) {
  target[kHybridDispatch](err, 'messageerror', new MessageEvent('messageerror', { data: err }));
}

const noPorts = Object.freeze([]);

// onMessage: portIds, buffers and sabs are undefined when the message has
// none (most have none: no arrays are made for them).
function onMessage(id, ab, portIds, buffers, sabs) {
  let ports = noPorts;
  if (portIds !== undefined) ports = portIds.map((pid) => (pid < 0 ? null : wrapPort(pid)));
  const target = live.get(id);
  if (target === undefined) return;
  let data;
  try {
    data = deserialize(ab, ports, buffers, sabs);
  } catch (err) {
    emitMessageError(target, err);
    return;
  }
  if (target[kOnMessage]) target[kOnMessage](data, ports);
  else emitMessage(target, data, ports === noPorts ? [] : ports.filter((p) => p !== null));
}

function onClose(id) {
  const target = live.get(id);
  if (target === undefined) return;
  live.delete(id);
  target[kId] = -1;
  target[kClosed] = true;
  target.emit('close');
}

binding.setHandlers(onMessage, onClose);

function wrapPort(id) {
  const port = new MessagePortImpl(kCreate, id);
  live.set(id, port);
  return port;
}

function validateTransfer(transfer, name) {
  const fail = () => {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    const err = new ERR_INVALID_ARG_TYPE(name, 'iterable', transfer);
    err.message = `Optional ${name} argument must be an iterable`;
    return err;
  };
  if (transfer === null || typeof transfer !== 'object' || typeof transfer[Symbol.iterator] !== 'function') {
    throw fail();
  }
  const it = transfer[Symbol.iterator]();
  if (it === null || typeof it !== 'object' || typeof it.next !== 'function') throw fail();
  const out = [];
  for (let r = it.next(); !r.done; r = it.next()) out.push(r.value);
  return out;
}

// transferListOf reads postMessage's second argument: a transfer list
// or { transfer }.
function transferListOf(transfer) {
  if (transfer === undefined) return [];
  if (transfer !== null && typeof transfer === 'object' && typeof transfer[Symbol.iterator] !== 'function') {
    if (transfer.transfer === undefined) return [];
    return validateTransfer(transfer.transfer, 'options.transfer');
  }
  if (transfer === null) return [];
  return validateTransfer(transfer, 'transferList');
}

// MessagePort is the constructor of ports but cannot be called or
// constructed by programs: ports are made by MessagePortImpl, which shares
// its prototype.
function MessagePort() {
  const { codes: { ERR_CONSTRUCT_CALL_INVALID } } = require('internal/errors');
  throw new ERR_CONSTRUCT_CALL_INVALID();
}

class MessagePortImpl extends NodeEventTarget {
  constructor(key, id) {
    if (key !== kCreate) MessagePort();
    super();
    this[kId] = id;
    this[kRefed] = false;
    this[kClosed] = false;
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    super[kNewListener](size, type, listener, once, capture, passive, weak);
    if ((type === 'message' || type === 'messageerror') && countMessageListeners(this, type, size) === 1) {
      setRef(this, true);
      this.start();
    }
  }

  [kRemoveListener](size, type, listener, capture) {
    super[kRemoveListener](size, type, listener, capture);
    if ((type === 'message' || type === 'messageerror') && countMessageListeners(this, type, size) === 0) {
      // Without listeners a port stops: what arrives waits for the next.
      setRef(this, false);
      if (this[kId] >= 0) binding.stop(this[kId]);
    }
  }

  postMessage(value, transfer) {
    if (arguments.length === 0) {
      const { codes: { ERR_MISSING_ARGS } } = require('internal/errors');
      throw new ERR_MISSING_ARGS('message');
    }
    const list = transferListOf(transfer);
    const { data, ports, buffers, sabs, detach: detachBuffers } = serialize(value, list, this, true);
    // Index loops, not for-of: programs may replace Array.prototype[Symbol.iterator].
    if (this[kId] < 0) {
      detachBuffers();
      for (let i = 0; i < ports.length; i++) ports[i].close();
      return;
    }
    binding.post(this[kId], data, ports.length === 0 ? undefined : ports.map((p) => p[kId]),
      buffers.length === 0 ? undefined : buffers, sabs.length === 0 ? undefined : sabs);
    detachBuffers();
    for (let i = 0; i < ports.length; i++) detach(ports[i]);
  }

  start() {
    if (this[kId] >= 0) binding.start(this[kId]);
  }

  close(callback) {
    if (typeof callback === 'function') this.once('close', callback);
    if (this[kClosed] || this[kId] < 0) return;
    this[kClosed] = true;
    binding.close(this[kId]); // 'close' comes through onClose
  }

  ref() { setRef(this, true); return this; }

  unref() { setRef(this, false); return this; }

  hasRef() { return this[kRefed] && !this[kClosed] && this[kId] >= 0; }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    const state = { active: !this[kDetached](), refed: this.hasRef() };
    return `${this.constructor.name} [EventTarget] ${inspect(state, options)}`;
  }

  [kDetached]() { return this[kClosed] || this[kId] < 0; }
}

MessagePort.prototype = MessagePortImpl.prototype;
Object.defineProperty(MessagePortImpl.prototype, 'constructor', {
  value: MessagePort, writable: true, configurable: true, enumerable: false,
});
Object.setPrototypeOf(MessagePort, NodeEventTarget);
MessagePort.prototype[kCreateEvent] = createMessageEvent;
defineEventHandler(MessagePort.prototype, 'message');
defineEventHandler(MessagePort.prototype, 'messageerror');

// detach forgets a port that moved to another isolate or port.
function detach(port) {
  live.delete(port[kId]);
  port[kId] = -1;
  port[kClosed] = true;
}

setPortCheck((v) => v instanceof MessagePort);

function MessageChannel() {
  if (new.target === undefined) {
    const { codes: { ERR_CONSTRUCT_CALL_REQUIRED } } = require('internal/errors');
    const err = new ERR_CONSTRUCT_CALL_REQUIRED('MessageChannel');
    err.message = 'Cannot call constructor without `new`'; // Node's C++ wording
    throw err;
  }
  const [a, b] = binding.createChannel();
  this.port1 = wrapPort(a);
  this.port2 = wrapPort(b);
}

// receiveMessageOnPort takes one queued message synchronously.
function receiveMessageOnPort(port) {
  if (!(port instanceof MessagePort) && !(port instanceof BroadcastChannel)) {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('port', 'MessagePort', port);
  }
  if (port[kId] < 0) return undefined;
  const r = binding.receive(port[kId]);
  if (r === undefined) return undefined;
  const ports = r[1] === undefined ? [] : r[1].map((pid) => (pid < 0 ? null : wrapPort(pid)));
  return { message: deserialize(r[0], ports, r[2], r[3]) };
}

class BroadcastChannel extends NodeEventTarget {
  constructor(name) {
    if (arguments.length === 0) {
      const { codes: { ERR_MISSING_ARGS } } = require('internal/errors');
      throw new ERR_MISSING_ARGS('name');
    }
    super();
    this.name = `${name}`;
    this[kId] = binding.broadcastJoin(this.name);
    this[kRefed] = false;
    this[kClosed] = false;
    live.set(this[kId], this);
    binding.start(this[kId]);
    setRef(this, true); // open channels keep the loop alive until closed or unref'd
  }

  postMessage(message) {
    if (arguments.length === 0) {
      const { codes: { ERR_MISSING_ARGS } } = require('internal/errors');
      throw new ERR_MISSING_ARGS('message');
    }
    if (this[kClosed]) {
      const { DOMException } = require('internal/abort_controller');
      throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
    }
    const { data, sabs } = serialize(message, [], null);
    binding.broadcastPost(this[kId], data, sabs);
  }

  close() {
    if (this[kClosed]) return;
    this[kClosed] = true;
    live.delete(this[kId]);
    binding.close(this[kId]);
    this[kId] = -1;
  }

  ref() { setRef(this, true); return this; }

  unref() { setRef(this, false); return this; }
}

BroadcastChannel.prototype[kCreateEvent] = createMessageEvent;
defineEventHandler(BroadcastChannel.prototype, 'message');
defineEventHandler(BroadcastChannel.prototype, 'messageerror');

module.exports = {
  MessageChannel, MessagePort, MessageEvent, BroadcastChannel, receiveMessageOnPort,
  wrapPort, detach, kOnMessage, kId, setRef, emitMessage,
};
