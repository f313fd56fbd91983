'use strict';
// Shared helpers of the WHATWG streams implementation: queue-with-sizes,
// strategy extraction, brand checks and promise utilities.

const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS },
} = require('internal/errors');

const kState = Symbol('kState');
const kType = Symbol('kType');

function rangeArgValue(name, value, isProperty = true) {
  const base = new ERR_INVALID_ARG_VALUE(name, value);
  const err = new RangeError(base.message);
  Object.defineProperty(err, 'code', {
    __proto__: null, value: 'ERR_INVALID_ARG_VALUE', enumerable: true, writable: true, configurable: true,
  });
  if (typeof err.stack === 'string') {
    err.stack = err.stack.replace(/^RangeError: /, 'RangeError [ERR_INVALID_ARG_VALUE]: ');
  }
  return err;
}

function createPromiseCapability() {
  let res;
  let rej;
  const promise = new Promise((a, b) => {
    res = a;
    rej = b;
  });
  const cap = {
    promise,
    settled: false,
    resolve(v) { cap.settled = true; res(v); },
    reject(e) { cap.settled = true; rej(e); },
  };
  return cap;
}

function setPromiseHandled(promise) {
  promise.then(undefined, () => {});
}

function isBrand(value, type) {
  return value != null && typeof value === 'object' && value[kType] === type;
}

function checkThis(value, type) {
  if (!isBrand(value, type)) throw new ERR_INVALID_THIS(type);
}

function rejectThis(value, type) {
  if (!isBrand(value, type)) return Promise.reject(new ERR_INVALID_THIS(type));
  return null;
}

function extractHighWaterMark(strategy, defaultHWM) {
  const highWaterMark = strategy?.highWaterMark;
  if (highWaterMark === undefined) return defaultHWM;
  const n = Number(highWaterMark);
  if (Number.isNaN(n) || n < 0) throw rangeArgValue('strategy.highWaterMark', highWaterMark);
  return n;
}

function extractSizeAlgorithm(strategy) {
  const size = strategy?.size;
  if (size === undefined) return () => 1;
  if (typeof size !== 'function') throw new ERR_INVALID_ARG_TYPE('strategy.size', 'Function', size);
  return (chunk) => size(chunk);
}

// Queue-with-sizes (the spec's [[queue]] and [[queueTotalSize]] slots).
function dequeueValue(c) {
  const pair = c.queue.shift();
  c.queueTotalSize = Math.max(0, c.queueTotalSize - pair.size);
  return pair.value;
}

function enqueueValueWithSize(c, value, size) {
  size = Number(size);
  if (typeof size !== 'number' || Number.isNaN(size) || size < 0 || size === Infinity) {
    throw rangeArgValue('size', size);
  }
  c.queue.push({ value, size });
  c.queueTotalSize += size;
}

function peekQueueValue(c) {
  return c.queue[0].value;
}

function resetQueue(c) {
  c.queue = [];
  c.queueTotalSize = 0;
}

// Calls `fn` on `obj` (if it is a function) and turns the result or throw
// into a promise.
function promiseCall(fn, thisArg, ...args) {
  try {
    return Promise.resolve(fn.apply(thisArg, args));
  } catch (err) {
    return Promise.reject(err);
  }
}

function getMethod(obj, name, where) {
  if (obj == null) return undefined;
  const fn = obj[name];
  if (fn === undefined || fn === null) return undefined;
  if (typeof fn !== 'function') {
    throw new ERR_INVALID_ARG_TYPE(`${where}.${name}`, 'Function', fn);
  }
  return fn;
}

function isViewOrBuffer(v) {
  return ArrayBuffer.isView(v);
}

function transferArrayBuffer(buffer) {
  if (typeof buffer.transfer === 'function') return buffer.transfer();
  return buffer.slice(0);
}

function isDetached(buffer) {
  try {
    if ('detached' in ArrayBuffer.prototype) return buffer.detached;
  } catch {
    // fall through
  }
  return false;
}

function copyDataBlockBytes(dest, destOffset, src, srcOffset, n) {
  new Uint8Array(dest, destOffset, n).set(new Uint8Array(src, srcOffset, n));
}

function customInspect(self, name, obj, depth, options) {
  if (depth < 0) return self;
  const { inspect } = require('internal/util/inspect');
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${name} ${inspect(obj, opts)}`;
}

const kEnumerableProperty = { __proto__: null, enumerable: true };

function makeEnumerable(cls, names) {
  for (const name of names) {
    Object.defineProperty(cls.prototype, name, kEnumerableProperty);
  }
  Object.defineProperty(cls.prototype, Symbol.toStringTag, {
    __proto__: null, value: cls.name, configurable: true,
  });
}

module.exports = {
  kState,
  kType,
  checkThis,
  copyDataBlockBytes,
  createPromiseCapability,
  customInspect,
  dequeueValue,
  enqueueValueWithSize,
  extractHighWaterMark,
  extractSizeAlgorithm,
  getMethod,
  isBrand,
  isDetached,
  isViewOrBuffer,
  makeEnumerable,
  peekQueueValue,
  promiseCall,
  rangeArgValue,
  rejectThis,
  resetQueue,
  setPromiseHandled,
  transferArrayBuffer,
};
