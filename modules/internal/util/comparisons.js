'use strict';
// Deep equality as used by assert.deepEqual / deepStrictEqual and
// util.isDeepStrictEqual.
//
// Loose mode compares primitives with ==, ignores prototypes and symbol keys.
// Strict mode compares primitives with Object.is, requires equal prototypes
// and compares enumerable own symbol keys too.

const {
  isAnyArrayBuffer,
  isArrayBufferView,
  isDate,
  isMap,
  isRegExp,
  isSet,
  isNativeError,
  isBoxedPrimitive,
  isNumberObject,
  isStringObject,
  isBooleanObject,
  isBigIntObject,
  isSymbolObject,
  isFloat32Array,
  isFloat64Array,
} = require('util/types');

const objectToString = Object.prototype.toString;
const hasOwn = Object.prototype.hasOwnProperty;
const propertyIsEnumerable = Object.prototype.propertyIsEnumerable;
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array).prototype;
const getTypedArrayTag =
  Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;

const NO_ITERATION = 0;
const ARRAY_ITERATION = 1;
const SET_ITERATION = 2;
const MAP_ITERATION = 3;

function isArrayIndexKey(key) {
  // Canonical array index: "0" or a non-zero-prefixed integer below 2 ** 32 - 1.
  const len = key.length;
  if (len === 0 || len > 10) return false;
  const c0 = key.charCodeAt(0);
  if (c0 === 48) return len === 1;
  for (let i = 0; i < len; i++) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return +key < 4294967295;
}

// Enumerable own keys that are not array indices (symbols only when strict).
function ownNonIndexKeys(obj, strict) {
  const result = [];
  const keys = Reflect.ownKeys(obj);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (typeof key === 'string') {
      if (isArrayIndexKey(key)) continue;
    } else if (!strict) {
      continue;
    }
    if (propertyIsEnumerable.call(obj, key)) result.push(key);
  }
  return result;
}

function isErrorLike(value) {
  return isNativeError(value) || value instanceof Error;
}

function sameRegExp(a, b) {
  return a.source === b.source && a.flags === b.flags && a.lastIndex === b.lastIndex;
}

function sameBytes(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function bytesOf(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function looseFloatArraysEqual(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function sameBoxedPrimitive(a, b) {
  if (isNumberObject(a)) {
    return isNumberObject(b) &&
      Object.is(Number.prototype.valueOf.call(a), Number.prototype.valueOf.call(b));
  }
  if (isStringObject(a)) {
    return isStringObject(b) &&
      String.prototype.valueOf.call(a) === String.prototype.valueOf.call(b);
  }
  if (isBooleanObject(a)) {
    return isBooleanObject(b) &&
      Boolean.prototype.valueOf.call(a) === Boolean.prototype.valueOf.call(b);
  }
  if (isBigIntObject(a)) {
    return isBigIntObject(b) &&
      BigInt.prototype.valueOf.call(a) === BigInt.prototype.valueOf.call(b);
  }
  if (isSymbolObject(a)) {
    return isSymbolObject(b) &&
      Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
  }
  return false;
}

function isSpecialObject(v) {
  return Array.isArray(v) || isArrayBufferView(v) || isSet(v) || isMap(v) ||
    isDate(v) || isRegExp(v) || isAnyArrayBuffer(v) || isBoxedPrimitive(v) ||
    isErrorLike(v);
}

function deepEqual(a, b, strict, memos) {
  if (a === b) {
    return a !== 0 || !strict || Object.is(a, b);
  }

  if (strict) {
    if (typeof a !== 'object') {
      return typeof a === 'number' && a !== a && b !== b;
    }
    if (typeof b !== 'object' || a === null || b === null) return false;
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  } else {
    if (a === null || typeof a !== 'object') {
      if (b === null || typeof b !== 'object') {
        // eslint-disable-next-line eqeqeq
        return a == b || (typeof a === 'number' && typeof b === 'number' && a !== a && b !== b);
      }
      return false;
    }
    if (b === null || typeof b !== 'object') return false;
  }

  const tag = objectToString.call(a);
  if (tag !== objectToString.call(b)) return false;

  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    const keysA = ownNonIndexKeys(a, strict);
    const keysB = ownNonIndexKeys(b, strict);
    if (keysA.length !== keysB.length) return false;
    return compareKeys(a, b, strict, memos, ARRAY_ITERATION, keysA);
  } else if (tag === '[object Object]') {
    return compareKeys(a, b, strict, memos, NO_ITERATION);
  } else if (isDate(a)) {
    if (!isDate(b) ||
        Date.prototype.getTime.call(a) !== Date.prototype.getTime.call(b)) {
      return false;
    }
  } else if (isRegExp(a)) {
    if (!isRegExp(b) || !sameRegExp(a, b)) return false;
  } else if (isErrorLike(a)) {
    if (!isErrorLike(b) || a.message !== b.message || a.name !== b.name) return false;
    if ((hasOwn.call(a, 'cause') || hasOwn.call(b, 'cause')) &&
        !deepEqual(a.cause, b.cause, strict, memos)) {
      return false;
    }
    if ((hasOwn.call(a, 'errors') || hasOwn.call(b, 'errors')) &&
        !deepEqual(a.errors, b.errors, strict, memos)) {
      return false;
    }
  } else if (isArrayBufferView(a)) {
    if (getTypedArrayTag.call(a) !== getTypedArrayTag.call(b)) return false;
    if (!strict && (isFloat32Array(a) || isFloat64Array(a))) {
      if (!looseFloatArraysEqual(a, b)) return false;
    } else if (!sameBytes(bytesOf(a), bytesOf(b))) {
      return false;
    }
    const keysA = ownNonIndexKeys(a, strict);
    const keysB = ownNonIndexKeys(b, strict);
    if (keysA.length !== keysB.length) return false;
    return compareKeys(a, b, strict, memos, NO_ITERATION, keysA);
  } else if (isSet(a)) {
    if (!isSet(b) || a.size !== b.size) return false;
    return compareKeys(a, b, strict, memos, SET_ITERATION);
  } else if (isMap(a)) {
    if (!isMap(b) || a.size !== b.size) return false;
    return compareKeys(a, b, strict, memos, MAP_ITERATION);
  } else if (isAnyArrayBuffer(a)) {
    if (!isAnyArrayBuffer(b) || !sameBytes(new Uint8Array(a), new Uint8Array(b))) return false;
  } else if (isBoxedPrimitive(a)) {
    if (!sameBoxedPrimitive(a, b)) return false;
  } else if (isSpecialObject(b)) {
    return false;
  }
  return compareKeys(a, b, strict, memos, NO_ITERATION);
}

function enumerableCount(obj, keys) {
  let n = 0;
  for (let i = 0; i < keys.length; i++) {
    if (propertyIsEnumerable.call(obj, keys[i])) n++;
  }
  return n;
}

function compareKeys(a, b, strict, memos, iteration, keysA) {
  if (keysA === undefined) {
    keysA = Object.keys(a);
    const keysB = Object.keys(b);
    if (keysA.length !== keysB.length) return false;
    for (let i = 0; i < keysA.length; i++) {
      if (!propertyIsEnumerable.call(b, keysA[i])) return false;
    }
    if (strict) {
      const symbolsA = Object.getOwnPropertySymbols(a);
      const symbolsB = Object.getOwnPropertySymbols(b);
      let count = 0;
      for (let i = 0; i < symbolsA.length; i++) {
        const key = symbolsA[i];
        if (propertyIsEnumerable.call(a, key)) {
          if (!propertyIsEnumerable.call(b, key)) return false;
          keysA.push(key);
          count++;
        } else if (propertyIsEnumerable.call(b, key)) {
          return false;
        }
      }
      if (enumerableCount(b, symbolsB) !== count) return false;
    }
  } else {
    for (let i = 0; i < keysA.length; i++) {
      if (!propertyIsEnumerable.call(b, keysA[i])) return false;
    }
  }

  if (keysA.length === 0 &&
      (iteration === NO_ITERATION ||
       (iteration === ARRAY_ITERATION && a.length === 0) ||
       ((iteration === SET_ITERATION || iteration === MAP_ITERATION) && a.size === 0))) {
    return true;
  }

  // Cycle detection: when both objects are already being compared further up
  // the stack, the pair is taken as equal.
  if (memos === undefined) {
    memos = { a: new Map(), b: new Map() };
  } else if (memos.a.has(a) && memos.b.has(b)) {
    return true;
  }
  enter(memos.a, a);
  enter(memos.b, b);
  const result = compareContents(a, b, strict, keysA, memos, iteration);
  leave(memos.a, a);
  leave(memos.b, b);
  return result;
}

function enter(map, obj) {
  map.set(obj, (map.get(obj) || 0) + 1);
}

function leave(map, obj) {
  const n = map.get(obj);
  if (n === 1) map.delete(obj);
  else map.set(obj, n - 1);
}

function compareContents(a, b, strict, keys, memos, iteration) {
  if (iteration === SET_ITERATION) {
    if (!setsEqual(a, b, strict, memos)) return false;
  } else if (iteration === MAP_ITERATION) {
    if (!mapsEqual(a, b, strict, memos)) return false;
  } else if (iteration === ARRAY_ITERATION) {
    for (let i = 0; i < a.length; i++) {
      if (hasOwn.call(a, i)) {
        if (!hasOwn.call(b, i) || !deepEqual(a[i], b[i], strict, memos)) return false;
      } else if (hasOwn.call(b, i)) {
        return false;
      } else {
        // Sparse array: compare the remaining keys by name.
        const keysA = Object.keys(a);
        for (; i < keysA.length; i++) {
          const key = keysA[i];
          if (!hasOwn.call(b, key) || !deepEqual(a[key], b[key], strict, memos)) return false;
        }
        return keysA.length === Object.keys(b).length;
      }
    }
  }
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!deepEqual(a[key], b[key], strict, memos)) return false;
  }
  return true;
}

// For loose comparisons: the primitive another primitive might be == to when
// it is missing from a Set/Map. Returns true/false when the answer is known
// already, or the alternative primitive to look up (null/undefined).
function looseAlternative(prim) {
  switch (typeof prim) {
    case 'undefined':
      return null;
    case 'object': // null
      return undefined;
    case 'symbol':
      return false;
    case 'string':
      prim = +prim;
      // falls through
    case 'number':
      if (prim !== prim) return false;
  }
  return true;
}

function setMightHaveLoosePrimitive(a, b, prim) {
  const alt = looseAlternative(prim);
  if (alt != null) return alt;
  return b.has(alt) && !a.has(alt);
}

function mapMightHaveLoosePrimitive(a, b, prim, item, memos) {
  const alt = looseAlternative(prim);
  if (alt != null) return alt;
  const itemB = b.get(alt);
  if ((itemB === undefined && !b.has(alt)) || !deepEqual(item, itemB, false, memos)) {
    return false;
  }
  return !a.has(alt) && deepEqual(item, itemB, false, memos);
}

function takeEqualElement(pool, value, strict, memos) {
  for (const candidate of pool) {
    if (deepEqual(value, candidate, strict, memos)) {
      pool.delete(candidate);
      return true;
    }
  }
  return false;
}

function setsEqual(a, b, strict, memos) {
  let pool = null;
  for (const value of a) {
    if (typeof value === 'object' && value !== null) {
      if (pool === null) pool = new Set();
      pool.add(value);
    } else if (!b.has(value)) {
      if (strict) return false;
      if (!setMightHaveLoosePrimitive(a, b, value)) return false;
      if (pool === null) pool = new Set();
      pool.add(value);
    }
  }
  if (pool === null) return true;
  for (const value of b) {
    if (typeof value === 'object' && value !== null) {
      if (!takeEqualElement(pool, value, strict, memos)) return false;
    } else if (!strict && !a.has(value) && !takeEqualElement(pool, value, strict, memos)) {
      return false;
    }
  }
  return pool.size === 0;
}

function takeEqualEntry(pool, map, key, item, strict, memos) {
  for (const candidate of pool) {
    if (deepEqual(key, candidate, strict, memos) &&
        deepEqual(item, map.get(candidate), strict, memos)) {
      pool.delete(candidate);
      return true;
    }
  }
  return false;
}

function mapsEqual(a, b, strict, memos) {
  let pool = null;
  for (const [key, itemA] of a) {
    if (typeof key === 'object' && key !== null) {
      if (pool === null) pool = new Set();
      pool.add(key);
    } else {
      const itemB = b.get(key);
      if ((itemB === undefined && !b.has(key)) || !deepEqual(itemA, itemB, strict, memos)) {
        if (strict) return false;
        if (!mapMightHaveLoosePrimitive(a, b, key, itemA, memos)) return false;
        if (pool === null) pool = new Set();
        pool.add(key);
      }
    }
  }
  if (pool === null) return true;
  for (const [key, itemB] of b) {
    if (typeof key === 'object' && key !== null) {
      if (!takeEqualEntry(pool, a, key, itemB, strict, memos)) return false;
    } else if (!strict &&
               (!a.has(key) || !deepEqual(a.get(key), itemB, false, memos)) &&
               !takeEqualEntry(pool, a, key, itemB, false, memos)) {
      return false;
    }
  }
  return pool.size === 0;
}

function isDeepEqual(a, b) {
  return deepEqual(a, b, false);
}

function isDeepStrictEqual(a, b) {
  return deepEqual(a, b, true);
}

module.exports = {
  isDeepEqual,
  isDeepStrictEqual,
};
