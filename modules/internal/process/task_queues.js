'use strict';
// process.nextTick, queueMicrotask and the end-of-macrotask checkpoint:
// the tick queue, then the microtask queue, repeated until both are empty,
// then unhandled rejections (Node's processTicksAndRejections).

const binding = internalBinding('task_queue');
const asyncContext = require('internal/async_context');
const { runMicrotasks, takeRejections } = binding;

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
  queue.push({ callback, args, context: asyncContext.capture() });
}

// Filled in by the bootstrap: reports an exception thrown by a callback
// (uncaughtException or exit).
let onUncaught = null;
function setUncaughtHandler(fn) { onUncaught = fn; }

function runTicks() {
  while (head < queue.length) {
    const { callback, args, context } = queue[head];
    queue[head++] = undefined;
    try {
      if (context !== undefined) asyncContext.runIn(context, callback, undefined, args);
      else if (args.length === 0) callback();
      else callback(...args);
    } catch (err) {
      onUncaught(err);
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
  const handledReasons = new Set();
  for (let i = 0; i < events.length; i += 3) {
    const handled = events[i];
    const promise = events[i + 1];
    const reason = events[i + 2];
    if (!handled) {
      pending.set(promise, { reason });
    } else if (pending.has(promise)) {
      pending.delete(promise);
      if (reason !== null && typeof reason === 'object') handledReasons.add(reason);
    } else {
      asyncHandled.push(promise);
    }
  }
  // The engine's own promises (a module's evaluation) reject with the same
  // error as the import() promise the program handled: not unhandled.
  if (handledReasons.size > 0) {
    for (const [promise, { reason }] of pending) {
      if (handledReasons.has(reason)) pending.delete(promise);
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
  if (reason instanceof Error) return reason;
  let shown;
  try {
    shown = require('internal/util/inspect').inspect(reason);
  } catch {
    shown = String(reason);
  }
  const err = new Error('This error originated either by throwing inside of an async ' +
    'function without a catch block, or by rejecting a promise which was not handled ' +
    `with .catch(). The promise rejected with the reason "${shown}".`);
  err.name = 'UnhandledPromiseRejection';
  err.code = 'ERR_UNHANDLED_REJECTION';
  err.stack = `${err.name}: ${err.message}`;
  Object.defineProperty(err, 'name', { enumerable: false });
  return err;
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
