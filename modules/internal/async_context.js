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

function runIn(frame, fn, thisArg, args) {
  const prev = current;
  current = frame;
  try {
    return Reflect.apply(fn, thisArg, args);
  } finally {
    current = prev;
  }
}

module.exports = { enable, capture, get, set, runIn, isEnabled: () => enabled };
