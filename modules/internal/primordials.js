'use strict';
// Primordials (as Node's lib/internal/per_context/primordials.js): the
// built-ins captured at bootstrap, before any user code runs, so a program
// that later replaces Function.prototype.call, Array.prototype.push,
// Object.defineProperty, Reflect.apply, Promise.prototype.then or
// Array.prototype[Symbol.iterator] cannot reach the loader or anything it
// holds through them.
//
// Evaluated by internal/bootstrap/realm as a plain function of no
// arguments; returns the frozen table. Naming follows Node's:
//   static methods      ObjectDefineProperty, ReflectApply, ArrayIsArray
//   prototype methods   ArrayPrototypePush(array, ...args) (uncurried)
//   accessors           TypedArrayPrototypeGetLength(ta)
//   constructors        Map, Error, ...; SafeMap/SafeSet/SafeWeakMap whose
//                       methods are fixed at bootstrap.

const { defineProperty, getOwnPropertyDescriptor, ownKeys, getPrototypeOf,
  setPrototypeOf } = Reflect;
const { bind, call } = Function.prototype;
// uncurryThis(fn)(self, ...args) is fn.call(self, ...args) with call and
// bind fixed now.
const uncurryThis = bind.bind(call);

const table = { __proto__: null, uncurryThis };

function define(name, value) {
  defineProperty(table, name, { __proto__: null, value, enumerable: true, writable: false, configurable: false });
}

function cap(s) {
  return s[0].toUpperCase() + s.slice(1);
}

// keyName turns a property key into the suffix of a primordial's name:
// 'push' -> 'Push', Symbol.iterator -> 'SymbolIterator'.
function keyName(key) {
  if (typeof key === 'symbol') {
    const d = key.description;
    return d.startsWith('Symbol.') ? 'Symbol' + cap(d.slice(7)) : undefined;
  }
  return cap(key);
}

function copyStatics(src, prefix) {
  for (const key of ownKeys(src)) {
    const suffix = keyName(key);
    if (suffix === undefined) continue;
    const desc = getOwnPropertyDescriptor(src, key);
    if ('get' in desc) {
      if (desc.get) define(`${prefix}Get${suffix}`, uncurryThis(desc.get));
      if (desc.set) define(`${prefix}Set${suffix}`, uncurryThis(desc.set));
    } else if (key !== 'prototype' && key !== 'length' && key !== 'name') {
      define(`${prefix}${suffix}`, desc.value);
    }
  }
}

function copyPrototype(src, prefix) {
  for (const key of ownKeys(src)) {
    const suffix = keyName(key);
    if (suffix === undefined) continue;
    const desc = getOwnPropertyDescriptor(src, key);
    if ('get' in desc) {
      if (desc.get) define(`${prefix}Get${suffix}`, uncurryThis(desc.get));
      if (desc.set) define(`${prefix}Set${suffix}`, uncurryThis(desc.set));
    } else if (typeof desc.value === 'function' && key !== 'constructor') {
      define(`${prefix}${suffix}`, uncurryThis(desc.value));
    } else if (key !== 'constructor') {
      define(`${prefix}${suffix}`, desc.value);
    }
  }
}

// Namespaces: their methods as they are.
for (const name of ['JSON', 'Math', 'Reflect']) {
  copyStatics(globalThis[name], name);
}

// Constructors: the constructor, its statics and its prototype's methods.
for (const name of ['AggregateError', 'Array', 'ArrayBuffer', 'BigInt', 'BigInt64Array', 'BigUint64Array',
  'Boolean', 'DataView', 'Date', 'Error', 'EvalError', 'FinalizationRegistry', 'Float32Array', 'Float64Array',
  'Function', 'Int16Array', 'Int32Array', 'Int8Array', 'Map', 'Number', 'Object', 'Promise', 'Proxy',
  'RangeError', 'ReferenceError', 'RegExp', 'Set', 'String', 'Symbol', 'SyntaxError', 'TypeError', 'URIError',
  'Uint16Array', 'Uint32Array', 'Uint8Array', 'Uint8ClampedArray', 'WeakMap', 'WeakRef', 'WeakSet']) {
  const C = globalThis[name];
  if (typeof C !== 'function') continue;
  define(name, C);
  copyStatics(C, name);
  if (C.prototype) {
    define(`${name}Prototype`, C.prototype);
    copyPrototype(C.prototype, `${name}Prototype`);
  }
}

// %TypedArray%, the prototype of every typed array constructor.
const TypedArray = getPrototypeOf(Uint8Array);
define('TypedArray', TypedArray);
copyStatics(TypedArray, 'TypedArray');
copyPrototype(TypedArray.prototype, 'TypedArrayPrototype');

// Iterator prototypes, for the Safe iterators below.
const ArrayIteratorPrototype = getPrototypeOf([][Symbol.iterator]());
const MapIteratorPrototype = getPrototypeOf(new Map()[Symbol.iterator]());
const SetIteratorPrototype = getPrototypeOf(new Set()[Symbol.iterator]());
const ArrayIteratorPrototypeNext = uncurryThis(ArrayIteratorPrototype.next);
const MapIteratorPrototypeNext = uncurryThis(MapIteratorPrototype.next);
const SetIteratorPrototypeNext = uncurryThis(SetIteratorPrototype.next);

// createSafeIterator makes an iterator class over factory(target) whose
// next is the pristine one, so for-of over a Safe collection does not call
// user code.
function createSafeIterator(factory, next) {
  class SafeIterator {
    constructor(iterable) {
      defineProperty(this, '_iterator', { __proto__: null, value: factory(iterable) });
    }

    next() {
      return next(this._iterator);
    }

    [Symbol.iterator]() {
      return this;
    }
  }
  setPrototypeOf(SafeIterator.prototype, null);
  Object.freeze(SafeIterator.prototype);
  Object.freeze(SafeIterator);
  return SafeIterator;
}

// makeSafe copies the pristine methods of unsafe's prototype onto safe's,
// so instances of safe never consult the (overridable) built-in prototype.
function makeSafe(unsafe, safe) {
  for (const key of ownKeys(unsafe.prototype)) {
    if (getOwnPropertyDescriptor(safe.prototype, key) !== undefined) continue;
    defineProperty(safe.prototype, key, { __proto__: null, ...getOwnPropertyDescriptor(unsafe.prototype, key) });
  }
  Object.freeze(safe.prototype);
  Object.freeze(safe);
  return safe;
}

const MapPrototypeEntries = uncurryThis(Map.prototype.entries);
const SafeMapIterator = createSafeIterator(MapPrototypeEntries, MapIteratorPrototypeNext);
const SetPrototypeValues = uncurryThis(Set.prototype.values);
const SafeSetIterator = createSafeIterator(SetPrototypeValues, SetIteratorPrototypeNext);

define('SafeMap', makeSafe(Map, class SafeMap extends Map {
  constructor(entries) { super(entries); } // eslint-disable-line no-useless-constructor
  [Symbol.iterator]() { return new SafeMapIterator(this); }
  entries() { return new SafeMapIterator(this); }
}));
define('SafeSet', makeSafe(Set, class SafeSet extends Set {
  constructor(values) { super(values); } // eslint-disable-line no-useless-constructor
  [Symbol.iterator]() { return new SafeSetIterator(this); }
  values() { return new SafeSetIterator(this); }
}));
define('SafeWeakMap', makeSafe(WeakMap, class SafeWeakMap extends WeakMap {
  constructor(entries) { super(entries); } // eslint-disable-line no-useless-constructor
}));
define('SafeWeakSet', makeSafe(WeakSet, class SafeWeakSet extends WeakSet {
  constructor(values) { super(values); } // eslint-disable-line no-useless-constructor
}));

// SafeArrayIterator iterates an array with the pristine next: spreading it
// (`...new SafeArrayIterator(a)`) does not read Array.prototype[Symbol.iterator].
define('SafeArrayIterator', createSafeIterator(uncurryThis(Array.prototype[Symbol.iterator]), ArrayIteratorPrototypeNext));

// globalThis as it was: host paths that need a builtin class take it from
// here, never from globalThis at run time.
define('globalThis', globalThis);

return Object.freeze(table);
