'use strict';
// MockTracker: node:test's `mock` object (mock.fn, mock.method, getters and
// setters, reset/restoreAll). mock.timers is not implemented.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateFunction, validateObject, validateInteger } = require('internal/validators');
const { stubClass } = require('internal/not_implemented');

// MockFunctionContext is `fn.mock`: the calls record and the controls.
class MockFunctionContext {
  #calls = [];
  #impl;
  #original;
  #restore;
  #times;
  #onces = new Map();

  constructor(impl, original, restore, times) {
    this.#impl = impl;
    this.#original = original;
    this.#restore = restore;
    this.#times = times;
  }

  get calls() { return this.#calls.slice(); }
  callCount() { return this.#calls.length; }

  mockImplementation(impl) {
    validateFunction(impl, 'implementation');
    this.#impl = impl;
  }

  mockImplementationOnce(impl, onCall) {
    validateFunction(impl, 'implementation');
    const n = this.#calls.length;
    const call = onCall ?? n;
    validateInteger(call, 'onCall', n);
    this.#onces.set(call, impl);
  }

  resetCalls() { this.#calls = []; }

  restore() {
    if (this.#restore !== undefined) {
      this.#restore();
      this.#restore = undefined;
    }
  }

  // implFor picks the implementation for the call about to be recorded.
  implFor() {
    const n = this.#calls.length;
    const once = this.#onces.get(n);
    if (once !== undefined) {
      this.#onces.delete(n);
      return once;
    }
    if (this.#times !== undefined && n >= this.#times) return this.#original;
    return this.#impl;
  }

  record(call) { this.#calls.push(call); }
}

function makeMock(original, impl, times, restore) {
  const ctx = new MockFunctionContext(impl, original, restore, times);
  function mocked(...args) {
    const fn = ctx.implFor();
    const call = { arguments: args, error: undefined, result: undefined, stack: new Error(), target: new.target, this: this };
    try {
      if (new.target) call.result = Reflect.construct(fn, args, new.target);
      else call.result = Reflect.apply(fn, this, args);
    } catch (err) {
      call.error = err;
      ctx.record(call);
      throw err;
    }
    ctx.record(call);
    return call.result;
  }
  Object.defineProperty(mocked, 'mock', { __proto__: null, value: ctx, enumerable: false, configurable: false, writable: false });
  Object.defineProperty(mocked, 'name', { __proto__: null, value: original?.name ?? '', configurable: true });
  Object.defineProperty(mocked, 'length', { __proto__: null, value: original?.length ?? 0, configurable: true });
  return mocked;
}

function mockTimesOption(options) {
  validateObject(options, 'options');
  const { times } = options;
  if (times !== undefined) validateInteger(times, 'options.times', 1);
  return times;
}

class MockTracker {
  #mocks = [];

  fn(original = function() {}, implementation = original, options = {}) {
    if (original !== null && typeof original === 'object') {
      options = original;
      original = function() {};
      implementation = original;
    } else if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = original;
    }
    validateFunction(original, 'original');
    validateFunction(implementation, 'implementation');
    const times = mockTimesOption(options);
    const m = makeMock(original, implementation, times, undefined);
    this.#mocks.push(m.mock);
    return m;
  }

  method(object, methodName, implementation, options = {}) {
    if (object === null || (typeof object !== 'object' && typeof object !== 'function')) {
      throw new ERR_INVALID_ARG_TYPE('object', 'Object', object);
    }
    if (typeof methodName !== 'string' && typeof methodName !== 'symbol') {
      throw new ERR_INVALID_ARG_TYPE('methodName', ['string', 'symbol'], methodName);
    }
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = undefined;
    }
    validateObject(options, 'options');
    const { getter = false, setter = false } = options;
    if (getter && setter) throw new ERR_INVALID_ARG_VALUE('options.setter', setter, "cannot be used with 'options.getter'");
    const times = mockTimesOption(options);
    let owner = object;
    let desc;
    while (owner !== null) {
      desc = Reflect.getOwnPropertyDescriptor(owner, methodName);
      if (desc !== undefined) break;
      owner = Reflect.getPrototypeOf(owner);
    }
    const key = getter ? 'get' : setter ? 'set' : 'value';
    const original = desc?.[key];
    if (typeof original !== 'function') {
      throw new ERR_INVALID_ARG_VALUE('methodName', original, 'must be a method');
    }
    if (implementation === undefined) implementation = original;
    validateFunction(implementation, 'implementation');
    const own = Reflect.getOwnPropertyDescriptor(object, methodName);
    const restore = () => {
      if (own !== undefined) Reflect.defineProperty(object, methodName, own);
      else Reflect.deleteProperty(object, methodName);
    };
    const m = makeMock(original, implementation, times, restore);
    const next = { __proto__: null, configurable: desc.configurable, enumerable: desc.enumerable };
    if (key === 'value') {
      next.value = m;
      next.writable = desc.writable;
    } else {
      next.get = key === 'get' ? m : desc.get;
      next.set = key === 'set' ? m : desc.set;
    }
    Reflect.defineProperty(object, methodName, next);
    this.#mocks.push(m.mock);
    return m;
  }

  getter(object, methodName, implementation, options = {}) {
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = undefined;
    }
    validateObject(options, 'options');
    if (options.getter === false) throw new ERR_INVALID_ARG_VALUE('options.getter', false, 'cannot be false');
    return this.method(object, methodName, implementation, { ...options, getter: true });
  }

  setter(object, methodName, implementation, options = {}) {
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = undefined;
    }
    validateObject(options, 'options');
    if (options.setter === false) throw new ERR_INVALID_ARG_VALUE('options.setter', false, 'cannot be false');
    return this.method(object, methodName, implementation, { ...options, setter: true });
  }

  reset() {
    this.restoreAll();
    this.#mocks = [];
  }

  restoreAll() {
    for (const m of this.#mocks) m.restore();
  }

  get timers() {
    const MockTimers = stubClass('mock.timers');
    return new MockTimers();
  }
}

module.exports = { MockTracker };
