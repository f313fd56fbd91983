'use strict';
// async_hooks: AsyncLocalStorage and AsyncResource over the context in
// internal/async_context (see its note on promise continuations).
// createHook returns a hook that is never called.

const ctx = require('internal/async_context');
const { validateFunction } = require('internal/validators');

class AsyncLocalStorage {
  constructor() { this._enabled = false; }

  static bind(fn) {
    validateFunction(fn, 'fn');
    const frame = ctx.get();
    return function bound(...args) { return ctx.runIn(frame, fn, this, args); };
  }

  static snapshot() {
    const frame = ctx.get();
    return (fn, ...args) => ctx.runIn(frame, fn, undefined, args);
  }

  disable() {
    this._enabled = false;
    const frame = ctx.get();
    if (frame?.has(this)) {
      const next = new Map(frame);
      next.delete(this);
      ctx.set(next);
    }
  }

  getStore() {
    return this._enabled ? ctx.get()?.get(this) : undefined;
  }

  enterWith(store) {
    this._enabled = true;
    ctx.enable();
    const next = new Map(ctx.get());
    next.set(this, store);
    ctx.set(next);
  }

  run(store, callback, ...args) {
    this._enabled = true;
    ctx.enable();
    const next = new Map(ctx.get());
    next.set(this, store);
    return ctx.runIn(next, callback, undefined, args);
  }

  exit(callback, ...args) {
    const next = new Map(ctx.get());
    next.delete(this);
    return ctx.runIn(next, callback, undefined, args);
  }
}

let asyncIds = 1;

class AsyncResource {
  constructor(type, opts = {}) {
    if (typeof type !== 'string') {
      const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_TYPE('type', 'string', type);
    }
    this._frame = ctx.get();
    this._asyncId = ++asyncIds;
    this._triggerId = typeof opts === 'number' ? opts : opts.triggerAsyncId ?? 1;
  }

  runInAsyncScope(fn, thisArg, ...args) { return ctx.runIn(this._frame, fn, thisArg, args); }

  emitDestroy() { return this; }

  asyncId() { return this._asyncId; }

  triggerAsyncId() { return this._triggerId; }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    const self = this;
    const bound = thisArg === undefined ?
      function(...args) { return self.runInAsyncScope(fn, this, ...args); } :
      (...args) => self.runInAsyncScope(fn, thisArg, ...args);
    Object.defineProperty(bound, 'length', { value: fn.length, configurable: true });
    return bound;
  }

  static bind(fn, type, thisArg) {
    return new AsyncResource(type || fn.name || 'bound-anonymous-fn').bind(fn, thisArg);
  }
}

function createHook(callbacks) {
  if (callbacks === null || typeof callbacks !== 'object') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('callbacks', 'Object', callbacks);
  }
  return { enable() { return this; }, disable() { return this; } };
}

module.exports = {
  AsyncLocalStorage,
  AsyncResource,
  createHook,
  executionAsyncId() { return 1; },
  triggerAsyncId() { return 0; },
  executionAsyncResource() { return {}; },
  asyncWrapProviders: {},
};
