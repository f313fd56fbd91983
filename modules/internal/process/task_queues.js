'use strict';
// process.nextTick, queueMicrotask and the end-of-macrotask checkpoint:
// the tick queue, then the microtask queue, repeated until both are empty,
// then unhandled rejections (Node's processTicksAndRejections).

const binding = internalBinding('task_queue');
const asyncContext = require('internal/async_context');
const { runMicrotasks, takeRejections } = binding;

// The tick queue is flat: callback, args (an array, or undefined for a
// call with no arguments), async context, three slots per tick; no object
// per tick.
let queue = [];
let head = 0;

function hasTickScheduled() {
  return head < queue.length;
}

function nextTick(callback, ...args) {
  if (typeof callback !== 'function') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
  if (process._exiting) return;
  queue.push(callback, args.length === 0 ? undefined : args, asyncContext.capture());
}

// Filled in by the bootstrap: reports an exception thrown by a callback
// (uncaughtException or exit).
let onUncaught = null;
function setUncaughtHandler(fn) { onUncaught = fn; }

function runTicks() {
  while (head < queue.length) {
    const callback = queue[head];
    const args = queue[head + 1];
    const context = queue[head + 2];
    queue[head] = undefined;
    queue[head + 1] = undefined;
    head += 3;
    try {
      if (context !== undefined) asyncContext.runIn(context, callback, undefined, args === undefined ? [] : args);
      else if (args === undefined) callback();
      else if (args.length === 1) callback(args[0]);
      else Reflect.apply(callback, undefined, args);
    } catch (err) {
      onUncaught(err);
    }
    // A tick that keeps scheduling ticks must not grow the queue forever.
    if (head >= 3072 && head * 2 >= queue.length) {
      queue = queue.slice(head);
      head = 0;
    }
  }
  queue = [];
  head = 0;
}

// Ticks, then microtasks, until both are empty; only then are unhandled
// rejections looked at (handling one may schedule more work).
let rejectionsWaiting = false;
function processTicksAndRejections() {
  do {
    runTicks();
    // runMicrotasks reports whether rejection events are waiting.
    if (runMicrotasks()) rejectionsWaiting = true;
  } while (hasTickScheduled() || processRejections());
}

// ---- unhandled rejections (Node 20 default mode: throw) ----

const pending = new Map(); // promise -> { reason, warned }
const asyncHandled = [];

function processRejections() {
  if (!rejectionsWaiting && pending.size === 0) return false;
  rejectionsWaiting = false;
  const events = takeRejections();
  for (let i = 0; i < events.length; i += 3) {
    const handled = events[i];
    const promise = events[i + 1];
    const reason = events[i + 2];
    if (!handled) {
      pending.set(promise, { reason });
    } else if (pending.has(promise)) {
      pending.delete(promise);
      // The engine's own promises (a module's evaluation) rejected
      // before with the same error as the import() promise the program
      // now handles: not unhandled. Only those before: a promise that
      // rejects later with it (an async function's, after its await of
      // this one) is its own rejection.
      if (reason !== null && typeof reason === 'object') {
        for (const [p, r] of pending) {
          if (r.reason === reason) pending.delete(p);
        }
      }
    } else {
      asyncHandled.push(promise);
    }
  }
  // Report after this microtask checkpoint, as Node does.
  for (const [promise, { reason }] of pending) {
    pending.delete(promise);
    const handledByListener = process.emit('unhandledRejection', reason, promise);
    if (!handledByListener) {
      onUncaught(unhandledRejectionError(reason), true);
    }
  }
  while (asyncHandled.length) {
    const p = asyncHandled.shift();
    process.emit('rejectionHandled', p);
  }
  return hasTickScheduled() || rejectionsWaiting;
}

function unhandledRejectionError(reason) {
  if (isErrorLike(reason)) return reason;
  const shown = noSideEffectsToString(reason);
  const err = new Error('This error originated either by throwing inside of an async ' +
    'function without a catch block, or by rejecting a promise which was not handled ' +
    `with .catch(). The promise rejected with the reason "${shown}".`);
  err.name = 'UnhandledPromiseRejection';
  err.code = 'ERR_UNHANDLED_REJECTION';
  err.stack = `${err.name}: ${err.message}`;
  Object.defineProperty(err, 'name', { enumerable: false });
  return err;
}

// As Node: an object with an own stack is thrown as it is; anything else
// is wrapped. Nothing here may run a script's code (a Proxy's traps, a
// getter) or throw.
function isErrorLike(v) {
  try {
    return typeof v === 'object' && v !== null && Object.prototype.hasOwnProperty.call(v, 'stack');
  } catch {
    return false;
  }
}

// dataProp is obj[key] when found as a data property along the
// prototype chain (undefined for an accessor: never called).
function dataProp(obj, key) {
  for (let o = obj, depth = 0; o !== null && depth < 64; o = Object.getPrototypeOf(o), depth++) {
    const d = Object.getOwnPropertyDescriptor(o, key);
    if (d) return 'value' in d ? d.value : undefined;
  }
  return undefined;
}

// noSideEffectsToString is how V8 names a rejection reason in Node's
// message: primitives as strings, functions by their source, errors as
// "Name: message", other objects as #<Constructor> or [object Tag].
function noSideEffectsToString(v) {
  const t = typeof v;
  if (t === 'string') return v;
  if (t === 'symbol') return Symbol.prototype.toString.call(v);
  if (v === null || (t !== 'object' && t !== 'function')) return String(v);
  if (t === 'function') {
    try {
      return Function.prototype.toString.call(v);
    } catch {
      return 'function () { [native code] }';
    }
  }
  try {
    if (Array.isArray(v)) return '[object Array]';
    for (let p = Object.getPrototypeOf(v), depth = 0; p !== null && depth < 64; p = Object.getPrototypeOf(p), depth++) {
      if (p === Error.prototype) {
        const name = dataProp(v, 'name');
        const message = dataProp(v, 'message');
        const n = typeof name === 'string' ? name : 'Error';
        return typeof message === 'string' && message !== '' ? `${n}: ${message}` : n;
      }
    }
    const proto = Object.getPrototypeOf(v);
    if (proto !== null) {
      const ctor = dataProp(proto, 'constructor');
      if (typeof ctor === 'function') {
        const d = Object.getOwnPropertyDescriptor(ctor, 'name');
        if (d && typeof d.value === 'string' && d.value !== '') return `#<${d.value}>`;
      }
    }
  } catch {
    // a Proxy's trap threw: the plain name below
  }
  return '[object Object]';
}

function queueMicrotask(callback) {
  if (typeof callback !== 'function') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
  const context = asyncContext.capture();
  Promise.resolve().then(() => {
    try {
      if (context !== undefined) asyncContext.runIn(context, callback, undefined, []);
      else callback();
    } catch (err) {
      onUncaught(err);
    }
  });
}

module.exports = {
  nextTick,
  queueMicrotask,
  processTicksAndRejections,
  hasTickScheduled,
  setUncaughtHandler,
  runMicrotasks,
};
