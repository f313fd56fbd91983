'use strict';
// structuredClone: the HTML structured clone algorithm as Node (V8's
// serializer) applies it.

function dataCloneError(message) {
  const { DOMException } = require('internal/abort_controller');
  return new DOMException(message, 'DataCloneError');
}

const typedArrayCtors = {
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, BigInt64Array, BigUint64Array,
};
if (typeof Float16Array === 'function') typedArrayCtors.Float16Array = Float16Array;

const errorCtors = { Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError };

function describe(value) {
  if (typeof value === 'symbol') return value.toString();
  if (typeof value === 'function') {
    try { return Function.prototype.toString.call(value); } catch { return 'function'; }
  }
  const proto = Object.getPrototypeOf(value);
  const name = proto?.constructor?.name || Object.prototype.toString.call(value).slice(8, -1);
  return `#<${name}>`;
}

// Host objects that clone as themselves (KeyObject, CryptoKey): a method
// under kHostClone returns [kind, plain data]; kind names the reviver that
// makes the object again, here or in another thread.
const kHostClone = Symbol.for('wqnode.hostClone');
const hostRevivers = {
  __proto__: null,
  'crypto.KeyObject': () => require('internal/crypto/keys').reviveKeyObject,
  'crypto.CryptoKey': () => require('internal/crypto/webcrypto').reviveCryptoKey,
};

function hostCloneOf(v) {
  let fn;
  try { fn = v[kHostClone]; } catch { return undefined; }
  return typeof fn === 'function' ? fn.call(v) : undefined;
}

function reviveHost(kind, data) {
  const get = hostRevivers[kind];
  if (get === undefined) throw dataCloneError('Unable to deserialize cloned data.');
  return get()(data);
}

function structuredClone(value, options) {
  if (arguments.length === 0) {
    const err = new TypeError('The value argument must be specified');
    err.code = 'ERR_MISSING_ARGS';
    throw err;
  }
  let transfer = [];
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object') {
      const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    if (options.transfer !== undefined) transfer = [...options.transfer];
  }
  const types = internalBinding('types'); // native class checks (util.types' brand checks throw)
  const memory = new Map();
  const transferred = new Map();
  for (const t of transfer) {
    if (!types.isArrayBuffer(t)) throw dataCloneError('Value not transferable');
    if (transferred.has(t)) throw dataCloneError('ArrayBuffer at index 1 is a duplicate of an earlier ArrayBuffer. Duplicate ArrayBuffers are not allowed in the transfer list.');
    transferred.set(t, null);
  }

  function cloneBuffer(ab) {
    if (transferred.has(ab)) {
      let moved = transferred.get(ab);
      if (moved === null) {
        moved = ab.transfer();
        transferred.set(ab, moved);
      }
      return moved;
    }
    return ab.slice(0);
  }

  function clone(v) {
    if (v === null || (typeof v !== 'object' && typeof v !== 'function' && typeof v !== 'symbol')) return v;
    if (typeof v === 'symbol' || typeof v === 'function') {
      throw dataCloneError(`${describe(v)} could not be cloned.`);
    }
    if (memory.has(v)) return memory.get(v);
    let out;
    if (Array.isArray(v)) {
      out = new Array(v.length);
      memory.set(v, out);
      for (const key of Object.keys(v)) out[key] = clone(v[key]);
      return out;
    }
    if (types.isDate(v)) { out = new Date(v.getTime()); memory.set(v, out); return out; }
    if (types.isRegExp(v)) { out = new RegExp(v.source, v.flags); memory.set(v, out); return out; }
    if (types.isBoxedPrimitive(v)) { out = Object(v.valueOf()); memory.set(v, out); return out; }
    if (types.isArrayBuffer(v)) { out = cloneBuffer(v); memory.set(v, out); return out; }
    if (types.isSharedArrayBuffer(v)) {
      // A new SharedArrayBuffer over the same memory, as V8's clone.
      const out = internalBinding('atomics').cloneShared(v);
      memory.set(v, out);
      return out;
    }
    if (types.isDataView(v)) {
      const buf = clone(v.buffer);
      out = new DataView(buf, v.byteOffset, v.byteLength);
      memory.set(v, out);
      return out;
    }
    if (types.isTypedArray(v)) {
      const name = Object.prototype.toString.call(v).slice(8, -1);
      const Ctor = typedArrayCtors[name] || Uint8Array;
      const buf = clone(v.buffer);
      out = new Ctor(buf, v.byteOffset, v.length);
      memory.set(v, out);
      return out;
    }
    if (types.isMap(v)) {
      out = new Map();
      memory.set(v, out);
      for (const [k, val] of v) out.set(clone(k), clone(val));
      return out;
    }
    if (types.isSet(v)) {
      out = new Set();
      memory.set(v, out);
      for (const k of v) out.add(clone(k));
      return out;
    }
    if (types.isNativeError(v) || v instanceof Error) {
      const name = v.name;
      const Ctor = Object.prototype.hasOwnProperty.call(errorCtors, name) ? errorCtors[name] : Error;
      out = Object.create(Ctor.prototype);
      memory.set(v, out);
      const desc = Object.getOwnPropertyDescriptor(v, 'message');
      if (desc && 'value' in desc) {
        Object.defineProperty(out, 'message', { value: String(desc.value), writable: true, configurable: true, enumerable: false });
      }
      if (typeof v.stack === 'string') {
        Object.defineProperty(out, 'stack', { value: v.stack, writable: true, configurable: true, enumerable: false });
      }
      if ('cause' in v) {
        Object.defineProperty(out, 'cause', { value: clone(v.cause), writable: true, configurable: true, enumerable: false });
      }
      return out;
    }
    if (types.isPromise(v) || types.isWeakMap(v) || types.isWeakSet(v) || types.isProxy(v) ||
        types.isGeneratorObject(v) || typeof WeakRef === 'function' && v instanceof WeakRef) {
      throw dataCloneError(`${describe(v)} could not be cloned.`);
    }
    const host = hostCloneOf(v);
    if (host) {
      out = reviveHost(host[0], clone(host[1]));
      memory.set(v, out);
      return out;
    }
    out = {};
    memory.set(v, out);
    for (const key of Object.keys(v)) {
      out[key] = clone(v[key]);
    }
    return out;
  }

  const result = clone(value);
  for (const t of transferred.keys()) {
    if (transferred.get(t) === null) t.transfer();
  }
  return result;
}

module.exports = {
  hostCloneOf, reviveHost, structuredClone, dataCloneError, describe, typedArrayCtors, errorCtors };
