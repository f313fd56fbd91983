'use strict';
// The asynchronous context AsyncLocalStorage reads: a frame (Map of store
// per AsyncLocalStorage) that follows callbacks scheduled with timers,
// setImmediate, process.nextTick and queueMicrotask. Promise continuations
// (await, then) run in the engine's job queue, which has no hook here: they
// see the context current when they run, not the one they were created in.

let current;
let enabled = false;

function enable() { enabled = true; }

function capture() { return enabled ? current : undefined; }

function get() { return current; }

function set(frame) { current = frame; }

// The frame an exception left (the innermost runIn it escaped), so the
// uncaught-exception path can see the context it was thrown in after the
// frames have unwound (domain routes the error by it).
let thrownValue;
let thrownFrame;

function runIn(frame, fn, thisArg, args) {
  const prev = current;
  current = frame;
  try {
    return Reflect.apply(fn, thisArg, args);
  } catch (e) {
    if (thrownFrame === undefined || thrownValue !== e) {
      thrownValue = e;
      thrownFrame = current;
    }
    throw e;
  } finally {
    current = prev;
  }
}

// thrownIn is the frame err was thrown in: the innermost runIn it escaped,
// else the current one. It forgets the record.
function thrownIn(err) {
  const frame = thrownFrame !== undefined && thrownValue === err ? thrownFrame : current;
  thrownValue = thrownFrame = undefined;
  return frame;
}

// bind returns fn bound to the current context when context tracking is
// on (a callback a binding calls later), else fn itself.
function bind(fn) {
  if (!enabled) return fn;
  const frame = current;
  return function bound(...args) { return runIn(frame, fn, this, args); };
}

module.exports = { enable, capture, get, set, runIn, bind, thrownIn, isEnabled: () => enabled };
