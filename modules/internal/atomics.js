'use strict';
// The global Atomics (the engine's WASI build has none): validation and
// conversions as the spec orders them, here; the operations themselves in
// the host ('atomics' binding), with Go's sync/atomic on the element's
// bytes, which for a SharedArrayBuffer are the same memory in every worker.
//
// The plain case (a Number index in range of a non-BigInt integer array,
// Number operands: no conversion can run code or fail) is one host call,
// binding.fast. Otherwise operands and results cross in a 16-byte scratch
// buffer, through a view of the target's own type: writing the operand
// converts it as a store into the target would, and reading the result
// gives the element type.

const binding = internalBinding('atomics');
const types = internalBinding('types');

const TypedArrayProto = Object.getPrototypeOf(Int8Array.prototype);
const getter = (name) => Object.getOwnPropertyDescriptor(TypedArrayProto, name).get;
const taTag = getter(Symbol.toStringTag);
const taLength = getter('length');
const taBuffer = getter('buffer');
const call = Function.prototype.call.bind(Function.prototype.call);

const scratch = new ArrayBuffer(16);
const scratchBytes = new Uint8Array(scratch);
const views = {
  Int8Array: new Int8Array(scratch), Uint8Array: new Uint8Array(scratch),
  Int16Array: new Int16Array(scratch), Uint16Array: new Uint16Array(scratch),
  Int32Array: new Int32Array(scratch), Uint32Array: new Uint32Array(scratch),
  BigInt64Array: new BigInt64Array(scratch), BigUint64Array: new BigUint64Array(scratch),
};
const sizes = {
  Int8Array: 1, Uint8Array: 1, Int16Array: 2, Uint16Array: 2,
  Int32Array: 4, Uint32Array: 4, BigInt64Array: 8, BigUint64Array: 8,
};

const OP = { load: 0, store: 1, add: 2, sub: 3, and: 4, or: 5, xor: 6, exchange: 7, compareExchange: 8 };
const WAIT = ['ok', 'not-equal', 'timed-out'];

function describe(v) {
  if (typeof v === 'object' && v !== null || typeof v === 'function') {
    const tag = call(taTag, v);
    if (tag !== undefined) return `[object ${tag}]`;
    if (typeof v === 'function') return Function.prototype.toString.call(v);
    if (Array.isArray(v)) return '[object Array]';
    if (Object.getPrototypeOf(v) === null) return '[object Object]';
    let name = 'Object';
    try {
      const c = v.constructor;
      if (typeof c === 'function' && typeof c.name === 'string' && c.name) name = c.name;
    } catch {}
    return `#<${name}>`;
  }
  if (typeof v === 'symbol') return v.toString();
  if (typeof v === 'string') return v;
  return String(v);
}

function detached(ta) {
  const buf = call(taBuffer, ta);
  return !types.isSharedArrayBuffer(buf) && buf.detached;
}

// ValidateIntegerTypedArray: the element type's name.
function validate(ta, method, waitable) {
  const tag = (typeof ta === 'object' && ta !== null) ? call(taTag, ta) : undefined;
  if (waitable) {
    if (tag !== 'Int32Array' && tag !== 'BigInt64Array') {
      throw new TypeError(`${describe(ta)} is not an int32 or BigInt64 typed array.`);
    }
  } else if (tag === undefined || sizes[tag] === undefined) {
    throw new TypeError(`${describe(ta)} is not an integer typed array.`);
  }
  if (detached(ta)) throw new TypeError(`Cannot perform ${method} on a detached ArrayBuffer`);
  return tag;
}

function toIntegerOrInfinity(v) {
  const n = +v;
  if (n !== n || n === 0) return 0;
  return Math.trunc(n) + 0; // + 0: -0 becomes 0
}

// ValidateAtomicAccess: the index.
function index(ta, i) {
  const n = i === undefined ? 0 : toIntegerOrInfinity(i);
  if (n < 0 || n > Number.MAX_SAFE_INTEGER || n >= call(taLength, ta)) {
    throw new RangeError('Invalid atomic access index');
  }
  return n;
}

function toBigInt(v) {
  if (typeof v === 'number') throw new TypeError(`Cannot convert ${v} to a BigInt`);
  if (typeof v === 'string') {
    try { return BigInt(v); } catch { throw new SyntaxError(`Cannot convert ${v} to a BigInt`); }
  }
  return BigInt(v);
}

const toValue = (tag, v) => (sizes[tag] === 8 ? toBigInt(v) : toIntegerOrInfinity(v));

function revalidate(ta, method, i) {
  if (detached(ta)) throw new TypeError(`Cannot perform ${method} on a detached ArrayBuffer`);
  if (i >= call(taLength, ta)) throw new RangeError('Invalid atomic access index');
}

function rmw(name) {
  const op = OP[name];
  const method = `Atomics.${name}`;
  return {
    [name](typedArray, index_, value) {
      if (typeof value === 'number') {
        const r = binding.fast(typedArray, index_, op, value);
        if (r !== undefined) return r;
      }
      const tag = validate(typedArray, method);
      const i = index(typedArray, index_);
      const v = toValue(tag, value);
      revalidate(typedArray, method, i);
      const view = views[tag];
      view[0] = v;
      binding.op(typedArray, i, op, scratch);
      return view[0];
    },
  }[name];
}

function load(typedArray, index_) {
  const r = binding.fast(typedArray, index_, OP.load, 0);
  if (r !== undefined) return r;
  const tag = validate(typedArray, 'Atomics.load');
  const i = index(typedArray, index_);
  binding.op(typedArray, i, OP.load, scratch);
  return views[tag][0];
}

function store(typedArray, index_, value) {
  if (typeof value === 'number' && binding.fast(typedArray, index_, OP.store, value) !== undefined) {
    return toIntegerOrInfinity(value);
  }
  const tag = validate(typedArray, 'Atomics.store');
  const i = index(typedArray, index_);
  const v = toValue(tag, value);
  revalidate(typedArray, 'Atomics.store', i);
  views[tag][0] = v;
  binding.op(typedArray, i, OP.store, scratch);
  return v;
}

function compareExchange(typedArray, index_, expectedValue, replacementValue) {
  if (typeof expectedValue === 'number' && typeof replacementValue === 'number') {
    const r = binding.fast(typedArray, index_, OP.compareExchange, expectedValue, replacementValue);
    if (r !== undefined) return r;
  }
  const tag = validate(typedArray, 'Atomics.compareExchange');
  const i = index(typedArray, index_);
  const expected = toValue(tag, expectedValue);
  const replacement = toValue(tag, replacementValue);
  revalidate(typedArray, 'Atomics.compareExchange', i);
  const view = views[tag];
  view[0] = expected;
  view[8 / sizes[tag]] = replacement;
  binding.op(typedArray, i, OP.compareExchange, scratch);
  return view[0];
}

function isLockFree(size) {
  const n = toIntegerOrInfinity(size);
  return n === 1 || n === 2 || n === 4 || n === 8;
}

// The common part of wait and waitAsync: [index, timeout in ms (-1: none)].
function waitArgs(typedArray, index_, value, timeout, method) {
  const tag = validate(typedArray, method, true);
  if (!types.isSharedArrayBuffer(call(taBuffer, typedArray))) {
    throw new TypeError(`${describe(typedArray)} is not a shared typed array.`);
  }
  const i = index(typedArray, index_);
  views[tag][0] = toValue(tag, value);
  let t = timeout === undefined ? Infinity : +timeout;
  if (t !== t) t = Infinity;
  t = Math.max(t, 0);
  return [i, t === Infinity ? -1 : t];
}

function wait(typedArray, index_, value, timeout) {
  const [i, t] = waitArgs(typedArray, index_, value, timeout, 'Atomics.wait');
  const r = binding.wait(typedArray, i, t, scratch);
  if (r === 3) {
    // The isolate is being stopped (terminate(), a time limit): the
    // engine's next interrupt check ends this code uncatchably.
    for (;;);
  }
  return WAIT[r];
}

let asyncWaiters; // id -> resolve
let lastAsync = 0;

function onAsyncWake(id, r) {
  const resolve = asyncWaiters.get(id);
  if (resolve === undefined) return;
  asyncWaiters.delete(id);
  resolve(WAIT[r]);
}

function waitAsync(typedArray, index_, value, timeout) {
  const [i, t] = waitArgs(typedArray, index_, value, timeout, 'Atomics.waitAsync');
  if (asyncWaiters === undefined) {
    asyncWaiters = new Map();
    binding.setAsyncHandler(onAsyncWake);
  }
  const id = ++lastAsync;
  const r = binding.waitAsync(typedArray, i, t, scratch, id);
  if (r !== 0) return { async: false, value: WAIT[r] };
  let resolve;
  const promise = new Promise((res) => { resolve = res; });
  asyncWaiters.set(id, resolve);
  return { async: true, value: promise };
}

function notify(typedArray, index_, count) {
  validate(typedArray, 'Atomics.notify', true);
  const i = index(typedArray, index_);
  let c = count === undefined ? Infinity : toIntegerOrInfinity(count);
  c = Math.max(c, 0);
  if (!types.isSharedArrayBuffer(call(taBuffer, typedArray))) return 0;
  return binding.notify(typedArray, i, c >= 0xffffffff ? 0xffffffff : c);
}

const Atomics = {};
const methods = {
  load, store, add: rmw('add'), sub: rmw('sub'), and: rmw('and'), or: rmw('or'), xor: rmw('xor'),
  exchange: rmw('exchange'), compareExchange, isLockFree, wait, waitAsync, notify,
};
for (const name of Object.keys(methods)) {
  Object.defineProperty(Atomics, name, { value: methods[name], writable: true, enumerable: false, configurable: true });
}
Object.defineProperty(Atomics, Symbol.toStringTag, { value: 'Atomics', configurable: true });

module.exports = { Atomics, scratchBytes };
