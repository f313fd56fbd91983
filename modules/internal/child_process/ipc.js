'use strict';
// The IPC channel between a process and the child it forked (Node's
// setupChannel): send/disconnect/'message' over a Pipe handle of type IPC,
// messages framed by the channel's serialization (internal/child_process/
// serialization), internal NODE_* messages routed to 'internalMessage',
// and handles (servers, sockets, UDP sockets) passed under Node's
// NODE_HANDLE / NODE_HANDLE_ACK protocol.

const EventEmitter = require('events');
const {
  ErrnoException,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_HANDLE_TYPE,
    ERR_IPC_CHANNEL_CLOSED,
    ERR_IPC_DISCONNECTED,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateObject } = require('internal/validators');
const { TCP, Pipe, TCPConstants, PipeConstants, WriteWrap } = require('internal/net_handles');
const serialization = require('internal/child_process/serialization');

const ipcWrap = internalBinding('ipc_wrap');

const MAX_HANDLE_RETRANSMISSIONS = 3;
// send()'s options when none are given (read, never changed).
const kDefaultSendOptions = Object.freeze({ __proto__: null, swallowErrors: false });
// Past this many bytes queued for the kernel, send() returns false.
const kHighWaterMark = 65536 * 2;
const kChannelHandle = Symbol('kChannelHandle');
const kPendingMessages = Symbol('kPendingMessages');

let net, dgram, internalDgram;
function lazyNet() { return net || (net = require('net')); }
function lazyDgram() {
  if (dgram === undefined) {
    dgram = require('dgram');
    internalDgram = require('internal/dgram');
  }
  return dgram;
}

function nop() {}

// A received descriptor, as the binding reports it, made a handle object.
function handleFromInfo(info) {
  if (info === null || typeof info !== 'object') return undefined;
  if (info.type === 'tcp') return new TCP(info.server ? TCPConstants.SERVER : TCPConstants.SOCKET, info.id);
  if (info.type === 'pipe') return new Pipe(info.server ? PipeConstants.SERVER : PipeConstants.SOCKET, info.id);
  lazyDgram();
  return new internalDgram.UDP(info.type === 'udp6', info.id);
}

// How each kind of handle travels: send gives the native handle to pass
// (or nothing: the message goes alone), got makes the receiver's object.
const handleConversion = {
  'net.Native': {
    simultaneousAccepts: true,
    send(message, handle) { return handle; },
    got(message, handle, emit) { emit(handle); },
  },
  'net.Server': {
    simultaneousAccepts: true,
    send(message, server) { return server._handle; },
    got(message, handle, emit) {
      const server = new (lazyNet().Server)();
      server.listen(handle, () => emit(server));
    },
  },
  'net.Socket': {
    send(message, socket, options) {
      if (!socket._handle) return;
      if (socket.server) message.key = socket.server._connectionKey;
      const handle = socket._handle;
      // The socket lets go of its handle: it is closed once the peer
      // acknowledges it (unless keepOpen).
      if (!options.keepOpen) {
        handle.onread = nop;
        socket._handle = null;
        socket.setTimeout(0);
        if (socket.server) {
          socket.server._connections--;
          socket.server._emitCloseIfDrained();
        }
      }
      return handle;
    },
    postSend(message, handle, options, callback, target) {
      if (handle && !options.keepOpen) {
        if (target) {
          target._pendingMessage = { callback, message, handle, options, retransmissions: 0 };
        } else {
          handle.close();
        }
      }
    },
    got(message, handle, emit) {
      const socket = new (lazyNet().Socket)({ handle, readable: true, writable: true });
      emit(socket);
    },
  },
  'dgram.Native': {
    simultaneousAccepts: false,
    send(message, handle) { return handle; },
    got(message, handle, emit) { emit(handle); },
  },
  'dgram.Socket': {
    simultaneousAccepts: false,
    send(message, socket) {
      lazyDgram();
      message.dgramType = socket.type;
      return socket[internalDgram.kStateSymbol].handle;
    },
    got(message, handle, emit) {
      const socket = new (lazyDgram().Socket)(message.dgramType);
      socket.bind(handle, () => emit(socket));
    },
  },
};

// Control is what target.channel is: the channel's ref/unref, counted for
// the listeners and writes that need it until the user chooses.
class Control extends EventEmitter {
  #channel = null;
  #refs = 0;
  #refExplicitlySet = false;
  #fd;

  constructor(channel, fd) {
    super();
    this.#channel = channel;
    this.#fd = fd;
    this[kPendingMessages] = [];
  }

  refCounted() {
    if (++this.#refs === 1 && !this.#refExplicitlySet) this.#channel.ref();
  }

  unrefCounted() {
    if (--this.#refs === 0 && !this.#refExplicitlySet) {
      this.#channel.unref();
      this.emit('unref');
    }
  }

  ref() {
    this.#refExplicitlySet = true;
    this.#channel.ref();
  }

  unref() {
    this.#refExplicitlySet = true;
    this.#channel.unref();
  }

  get fd() { return this.#channel ? this.#fd : undefined; }
}

function isInternal(message) {
  return message !== null && typeof message === 'object' &&
    typeof message.cmd === 'string' && message.cmd.length > 4 &&
    message.cmd.startsWith('NODE_');
}

function closePendingHandle(target) {
  target._pendingMessage.handle.close();
  target._pendingMessage = null;
}

// setupChannel gives target (a ChildProcess, or process in a child) its
// channel over the IPC Pipe handle; it returns the Control.
function setupChannel(target, channel, serializationMode, fd) {
  const control = new Control(channel, fd);
  target.channel = control;
  target[kChannelHandle] = channel;

  Object.defineProperty(target, '_channel', {
    __proto__: null,
    configurable: true,
    enumerable: false,
    get() { return this.channel; },
    set(val) { this.channel = val; },
  });

  target._handleQueue = null;
  target._pendingMessage = null;

  const { framing, decode, writeChannelMessage } =
    serialization[serializationMode] || serialization.json;

  // The host frames what is read: onEvent(3, messages, handleInfo,
  // buffering) per read that completed messages or brought a descriptor,
  // onEvent(1, errno) at the end. A descriptor waits for the NODE_HANDLE
  // message it came with (which may end in a later read); one no message
  // can claim any more is closed.
  channel.buffering = false;
  let pendingInfo;
  let ended = false;
  function dropPending() {
    if (pendingInfo === undefined) return;
    const h = handleFromInfo(pendingInfo);
    pendingInfo = undefined;
    if (h) h.close();
  }
  // route gives a message to 'message' or 'internalMessage' (a NODE_HANDLE
  // message with the descriptor that came for it): now, or in a tick.
  // Node emits each message of a read in its own tick, queued once the
  // read is parsed; emitting them in a row at the end of the read's
  // callback keeps that order (ticks and microtasks the listeners queue
  // come after the read's messages either way) without a tick each.
  function route(message, now) {
    let event = 'message';
    let h;
    if (isInternal(message)) {
      event = 'internalMessage';
      if (message.cmd === 'NODE_HANDLE') {
        h = handleFromInfo(pendingInfo);
        pendingInfo = undefined;
      }
    }
    if (now) emit(event, message, h);
    else process.nextTick(emit, event, message, h);
  }
  // deliverAll: the messages of one read. All are decoded first (a bad one
  // throws before any is emitted, as in Node, those before it following in
  // ticks); a listener that throws leaves the rest to ticks.
  function deliverAll(framed) {
    const n = framed.length;
    const decoded = new Array(n);
    let i = 0;
    try {
      for (; i < n; i++) decoded[i] = decode(framed[i]);
    } catch (err) {
      if (target.channel) for (let k = 0; k < i; k++) route(decoded[k], false);
      throw err;
    }
    if (!target.channel) return;
    for (i = 0; i < n; i++) {
      try {
        route(decoded[i], true);
      } catch (err) {
        for (let k = i + 1; k < n; k++) route(decoded[k], false);
        throw err;
      }
    }
  }

  // onEvent(4, message, ...) is one message; (3, [message...], ...) many.
  ipcWrap.setFraming(channel._id, framing, function onChannelEvent(kind, messages, info, buffering) {
    if (ended) {
      if (info !== undefined) {
        const h = handleFromInfo(info);
        if (h) h.close();
      }
      return;
    }
    if (kind === 4 || kind === 3) {
      if (info !== undefined) {
        dropPending();
        pendingInfo = info;
      }
      channel.buffering = buffering;
      try {
        if (kind === 4) {
          // one message, not in an array
          const message = decode(messages);
          if (target.channel) route(message, true);
        } else {
          deliverAll(messages);
        }
      } finally {
        if (!buffering) dropPending();
      }
      return;
    }
    if (kind !== 1 || typeof messages !== 'number') return;
    dropPending();
    ended = true;
    channel.buffering = false;
    if (target.connected) target.disconnect();
    else if (target.channel) target._disconnect();
  });

  target.on('internalMessage', function(message, handle) {
    if (message.cmd === 'NODE_HANDLE_ACK') {
      if (target._pendingMessage) closePendingHandle(target);
      const queue = target._handleQueue;
      target._handleQueue = null;
      if (queue) {
        for (let i = 0; i < queue.length; i++) {
          const args = queue[i];
          target._send(args.message, args.handle, args.options, args.callback);
        }
      }
      if (!target.connected && target.channel && !target._handleQueue) target._disconnect();
      return;
    }
    if (message.cmd === 'NODE_HANDLE_NACK') {
      const pending = target._pendingMessage;
      if (pending) {
        target._pendingMessage = null;
        if (pending.retransmissions++ === MAX_HANDLE_RETRANSMISSIONS) {
          pending.handle.close();
          process.emitWarning('Handle did not reach the receiving process correctly', 'SentHandleNotReceivedWarning');
        } else {
          target._handleQueue = null;
          target._send(pending.message.msg !== undefined ? pending.message.msg : pending.message,
                       pending.handle, pending.options, pending.callback);
        }
      }
      return;
    }
    if (message.cmd !== 'NODE_HANDLE') return;
    // A handle whose descriptor did not arrive: ask again.
    if (!handle) return target._send({ cmd: 'NODE_HANDLE_NACK' }, null, true);
    // Acknowledged without reporting errors: the peer may be gone.
    target._send({ cmd: 'NODE_HANDLE_ACK' }, null, true);
    const obj = handleConversion[message.type];
    if (!obj) {
      handle.close();
      return;
    }
    obj.got.call(this, message, handle, (h) => {
      handleMessage(message.msg, h, isInternal(message.msg));
    });
  });

  target.on('newListener', function() {
    process.nextTick(() => {
      if (!target.channel || !target.listenerCount('message')) return;
      const messages = target.channel[kPendingMessages];
      const { length } = messages;
      if (!length) return;
      for (let i = 0; i < length; i++) Reflect.apply(target.emit, target, messages[i]);
      target.channel[kPendingMessages] = [];
    });
  });

  target.send = function(message, handle, options, callback) {
    if (typeof handle === 'function') {
      callback = handle;
      handle = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    } else if (options !== undefined) {
      validateObject(options, 'options');
    }
    options = options === undefined ? kDefaultSendOptions : { swallowErrors: false, ...options };
    if (this.connected) return this._send(message, handle, options, callback);
    const ex = new ERR_IPC_CHANNEL_CLOSED();
    if (typeof callback === 'function') process.nextTick(callback, ex);
    else process.nextTick(() => this.emit('error', ex));
    return false;
  };

  target._send = function(message, handle, options, callback) {
    if (message === undefined) throw new ERR_MISSING_ARGS('message');
    if (typeof message !== 'string' && typeof message !== 'object' &&
        typeof message !== 'number' && typeof message !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE('message', ['string', 'object', 'number', 'boolean'], message);
    }
    if (typeof options === 'boolean') options = { swallowErrors: options };
    let obj;
    if (handle) {
      message = { cmd: 'NODE_HANDLE', type: null, msg: message };
      const N = lazyNet();
      const D = lazyDgram();
      if (handle instanceof N.Socket) message.type = 'net.Socket';
      else if (handle instanceof N.Server) message.type = 'net.Server';
      else if (handle instanceof TCP || handle instanceof Pipe) message.type = 'net.Native';
      else if (handle instanceof D.Socket) message.type = 'dgram.Socket';
      else if (handle instanceof internalDgram.UDP) message.type = 'dgram.Native';
      else throw new ERR_INVALID_HANDLE_TYPE();
      // One handle at a time: the rest wait for the ACK.
      if (this._handleQueue) {
        this._handleQueue.push({ callback, handle, options, message: message.msg });
        return this._handleQueue.length === 1;
      }
      obj = handleConversion[message.type];
      handle = obj.send.call(target, message, handle, options);
      if (!handle) message = message.msg;
    } else if (this._handleQueue &&
               !(message && (message.cmd === 'NODE_HANDLE_ACK' || message.cmd === 'NODE_HANDLE_NACK'))) {
      // Queued anyway, so messages keep their order.
      this._handleQueue.push({ callback, handle: null, options, message });
      return this._handleQueue.length === 1;
    }

    if (!handle && framing === 1) return sendLine(message, options, callback);

    const req = new WriteWrap();
    const err = writeChannelMessage(channel, req, message, handle);
    // a queued write the host found past the high-water mark
    const over = req.async === 2;
    if (over) req.async = true;
    if (err === 0) {
      if (handle) {
        if (!this._handleQueue) this._handleQueue = [];
        if (obj && obj.postSend) obj.postSend(message, handle, options, callback, target);
      }
      if (req.async) {
        req.oncomplete = (status) => {
          control.unrefCounted();
          if (typeof callback === 'function') {
            callback(status < 0 && !options.swallowErrors ? ErrnoException(status, 'write') : null);
          }
        };
        control.refCounted();
      } else if (typeof callback === 'function') {
        process.nextTick(callback, null);
      }
    } else {
      if (obj && obj.postSend) obj.postSend(message, handle, options, callback);
      if (!options.swallowErrors) {
        const ex = ErrnoException(err, 'write');
        if (typeof callback === 'function') process.nextTick(callback, ex);
        else process.nextTick(() => this.emit('error', ex));
      }
    }
    // Past the high-water mark the caller is asked to wait (a write the
    // kernel took at once found the queue empty and left it so).
    if (over) return false;
    return (err === 0 && !req.async) || channel.writeQueueSize < kHighWaterMark;
  };

  // A json message without a handle, the common case: the line goes to
  // the host as a string; a write the kernel did not take at once
  // completes later through onLineWritten, in order, with its callback
  // and options from lineWrites.
  const lineWrites = [];
  function onLineWritten(status) {
    const callback = lineWrites.shift();
    const options = lineWrites.shift();
    control.unrefCounted();
    if (typeof callback === 'function') {
      callback(status < 0 && !options.swallowErrors ? ErrnoException(status, 'write') : null);
    }
  }
  function sendLine(message, options, callback) {
    let string = JSON.stringify(message);
    if (typeof string !== 'string') string = `${string}`;
    const r = ipcWrap.writeLine(channel._id, string, onLineWritten);
    if (r === 0) {
      // the kernel took it: the queue was empty and still is
      if (typeof callback === 'function') process.nextTick(callback, null);
      return true;
    }
    if (r === 1 || r === 2) {
      // 2: queued past the high-water mark (as the host saw it then)
      lineWrites.push(callback, options);
      control.refCounted();
      return r === 1;
    }
    if (!options.swallowErrors) {
      const ex = ErrnoException(r, 'write');
      if (typeof callback === 'function') process.nextTick(callback, ex);
      else process.nextTick(() => target.emit('error', ex));
    }
    return channel.writeQueueSize < kHighWaterMark;
  }

  target.connected = true;

  target.disconnect = function() {
    if (!this.connected) {
      this.emit('error', new ERR_IPC_DISCONNECTED());
      return;
    }
    this.connected = false;
    // Queued handles go first.
    if (!this._handleQueue) this._disconnect();
  };

  target._disconnect = function() {
    if (!this.channel) return;
    this.channel = null;
    this[kChannelHandle] = null;
    if (this._pendingMessage) closePendingHandle(this);
    let fired = false;
    function finish() {
      if (fired) return;
      fired = true;
      channel.close();
      target.emit('disconnect');
    }
    if (channel.buffering) {
      this.once('message', finish);
      this.once('internalMessage', finish);
      return;
    }
    process.nextTick(finish);
  };

  function emit(event, message, handle) {
    if (!target.channel && event !== 'internalMessage') {
      if (target.listenerCount('message')) target.emit(event, message, handle);
      return;
    }
    if (event === 'internalMessage' || target.listenerCount('message')) {
      target.emit(event, message, handle);
      return;
    }
    target.channel[kPendingMessages].push([event, message, handle]);
  }

  function handleMessage(message, handle, internal) {
    if (!target.channel) return;
    process.nextTick(emit, internal ? 'internalMessage' : 'message', message, handle);
  }

  channel.readStart();
  return control;
}

module.exports = { setupChannel, kChannelHandle, isInternal };
