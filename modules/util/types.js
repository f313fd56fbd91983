'use strict';
// util.types: brand checks, answered by internalBinding('types') from the
// engine's class ids (a check by calling a builtin that throws on objects
// lacking the slot costs a thrown error, over a hundred times a host call
// here), or for typed arrays by their toStringTag getter, which does not
// throw.

let binding;
function native() {
  if (binding === undefined) binding = internalBinding('types');
  return binding;
}

const TypedArray = Object.getPrototypeOf(Uint8Array);
const getTypedArrayTag =
  Object.getOwnPropertyDescriptor(TypedArray.prototype, Symbol.toStringTag).get;

function isObjectLike(value) {
  return value !== null && typeof value === 'object';
}

function isDate(value) {
  return isObjectLike(value) && native().isDate(value) === true;
}

function isRegExp(value) {
  return isObjectLike(value) && native().isRegExp(value) === true;
}

function isMap(value) {
  return isObjectLike(value) && native().isMap(value) === true;
}

function isSet(value) {
  return isObjectLike(value) && native().isSet(value) === true;
}

function isWeakMap(value) {
  return isObjectLike(value) && native().isWeakMap(value) === true;
}

function isWeakSet(value) {
  return isObjectLike(value) && native().isWeakSet(value) === true;
}

function isArrayBuffer(value) {
  return isObjectLike(value) && native().isArrayBuffer(value) === true;
}

function isSharedArrayBuffer(value) {
  return isObjectLike(value) && native().isSharedArrayBuffer(value) === true;
}

function isAnyArrayBuffer(value) {
  return isArrayBuffer(value) || isSharedArrayBuffer(value);
}

function isDataView(value) {
  return isObjectLike(value) && native().isDataView(value) === true;
}

function isArrayBufferView(value) {
  return ArrayBuffer.isView(value);
}

function isTypedArray(value) {
  return getTypedArrayTag.call(value) !== undefined;
}

function typedArrayCheck(name) {
  return function(value) {
    return getTypedArrayTag.call(value) === name;
  };
}

const isUint8Array = typedArrayCheck('Uint8Array');
const isUint8ClampedArray = typedArrayCheck('Uint8ClampedArray');
const isUint16Array = typedArrayCheck('Uint16Array');
const isUint32Array = typedArrayCheck('Uint32Array');
const isInt8Array = typedArrayCheck('Int8Array');
const isInt16Array = typedArrayCheck('Int16Array');
const isInt32Array = typedArrayCheck('Int32Array');
const isFloat32Array = typedArrayCheck('Float32Array');
const isFloat64Array = typedArrayCheck('Float64Array');
const isBigInt64Array = typedArrayCheck('BigInt64Array');
const isBigUint64Array = typedArrayCheck('BigUint64Array');

function isNumberObject(value) {
  return isObjectLike(value) && native().isNumberObject(value) === true;
}

function isStringObject(value) {
  return isObjectLike(value) && native().isStringObject(value) === true;
}

function isBooleanObject(value) {
  return isObjectLike(value) && native().isBooleanObject(value) === true;
}

function isBigIntObject(value) {
  return isObjectLike(value) && native().isBigIntObject(value) === true;
}

function isSymbolObject(value) {
  return isObjectLike(value) && native().isSymbolObject(value) === true;
}

function isBoxedPrimitive(value) {
  return isNumberObject(value) || isStringObject(value) || isBooleanObject(value) ||
    isBigIntObject(value) || isSymbolObject(value);
}

// Checks JavaScript cannot make by itself.
function isNativeError(value) {
  return isObjectLike(value) && native().isNativeError(value) === true;
}

function isPromise(value) {
  return isObjectLike(value) && native().isPromise(value) === true;
}

function isProxy(value) {
  return (isObjectLike(value) || typeof value === 'function') && native().isProxy(value) === true;
}

function isGeneratorObject(value) {
  return isObjectLike(value) && native().isGeneratorObject(value) === true;
}

function isMapIterator(value) {
  return isObjectLike(value) && native().isMapIterator(value) === true;
}

function isSetIterator(value) {
  return isObjectLike(value) && native().isSetIterator(value) === true;
}

function isArgumentsObject(value) {
  return isObjectLike(value) && native().isArgumentsObject(value) === true;
}

function isModuleNamespaceObject(value) {
  return isObjectLike(value) && native().isModuleNamespaceObject(value) === true;
}

function isAsyncFunction(value) {
  return typeof value === 'function' && native().isAsyncFunction(value) === true;
}

function isGeneratorFunction(value) {
  return typeof value === 'function' && native().isGeneratorFunction(value) === true;
}

function isExternal(value) {
  if (!isObjectLike(value)) return false;
  const b = native();
  return typeof b.isExternal === 'function' ? b.isExternal(value) === true : false;
}

function isKeyObject(value) {
  if (!isObjectLike(value)) return false;
  let KeyObject;
  try {
    KeyObject = require('crypto').KeyObject;
  } catch {
    return false;
  }
  return typeof KeyObject === 'function' && value instanceof KeyObject;
}

function isCryptoKey(value) {
  if (!isObjectLike(value)) return false;
  const CryptoKey = globalThis.CryptoKey;
  return typeof CryptoKey === 'function' && value instanceof CryptoKey;
}

module.exports = {
  isExternal,
  isDate,
  isArgumentsObject,
  isBigIntObject,
  isBooleanObject,
  isNumberObject,
  isStringObject,
  isSymbolObject,
  isNativeError,
  isRegExp,
  isAsyncFunction,
  isGeneratorFunction,
  isGeneratorObject,
  isPromise,
  isMap,
  isSet,
  isMapIterator,
  isSetIterator,
  isWeakMap,
  isWeakSet,
  isArrayBuffer,
  isDataView,
  isSharedArrayBuffer,
  isProxy,
  isModuleNamespaceObject,
  isAnyArrayBuffer,
  isBoxedPrimitive,
  isArrayBufferView,
  isTypedArray,
  isUint8Array,
  isUint8ClampedArray,
  isUint16Array,
  isUint32Array,
  isInt8Array,
  isInt16Array,
  isInt32Array,
  isFloat32Array,
  isFloat64Array,
  isBigInt64Array,
  isBigUint64Array,
  isKeyObject,
  isCryptoKey,
};

// Like Node's native checks, every function reports a length of 0.
for (const key of Object.keys(module.exports)) {
  Object.defineProperty(module.exports[key], 'length', { __proto__: null, value: 0 });
}
