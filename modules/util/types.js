'use strict';
// util.types: brand checks. Most are done in plain JavaScript by calling a
// builtin accessor or method that throws (or answers undefined) on objects
// lacking the internal slot; the few that JavaScript cannot observe come from
// internalBinding('types').

let binding;
function native() {
  if (binding === undefined) binding = internalBinding('types');
  return binding;
}

const TypedArray = Object.getPrototypeOf(Uint8Array);
const getTypedArrayTag =
  Object.getOwnPropertyDescriptor(TypedArray.prototype, Symbol.toStringTag).get;
const getMapSize = Object.getOwnPropertyDescriptor(Map.prototype, 'size').get;
const getSetSize = Object.getOwnPropertyDescriptor(Set.prototype, 'size').get;
const getArrayBufferByteLength =
  Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const SAB = typeof SharedArrayBuffer === 'function' ? SharedArrayBuffer : undefined;
const getSharedArrayBufferByteLength = SAB === undefined ? undefined :
  Object.getOwnPropertyDescriptor(SAB.prototype, 'byteLength').get;
const getDataViewBuffer = Object.getOwnPropertyDescriptor(DataView.prototype, 'buffer').get;
const getRegExpSource = Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get;
const dateGetTime = Date.prototype.getTime;
const weakMapHas = WeakMap.prototype.has;
const weakSetHas = WeakSet.prototype.has;
const numberValueOf = Number.prototype.valueOf;
const stringValueOf = String.prototype.valueOf;
const booleanValueOf = Boolean.prototype.valueOf;
const bigIntValueOf = typeof BigInt === 'function' ? BigInt.prototype.valueOf : undefined;
const symbolValueOf = Symbol.prototype.valueOf;
const probeKey = {};

function isObjectLike(value) {
  return value !== null && typeof value === 'object';
}

function brand(fn, value, arg) {
  try {
    fn.call(value, arg);
    return true;
  } catch {
    return false;
  }
}

function isDate(value) {
  return isObjectLike(value) && brand(dateGetTime, value);
}

function isRegExp(value) {
  return isObjectLike(value) && value !== RegExp.prototype && brand(getRegExpSource, value);
}

function isMap(value) {
  return isObjectLike(value) && brand(getMapSize, value);
}

function isSet(value) {
  return isObjectLike(value) && brand(getSetSize, value);
}

function isWeakMap(value) {
  return isObjectLike(value) && brand(weakMapHas, value, probeKey);
}

function isWeakSet(value) {
  return isObjectLike(value) && brand(weakSetHas, value, probeKey);
}

function isArrayBuffer(value) {
  return isObjectLike(value) && brand(getArrayBufferByteLength, value);
}

function isSharedArrayBuffer(value) {
  return getSharedArrayBufferByteLength !== undefined && isObjectLike(value) &&
    brand(getSharedArrayBufferByteLength, value);
}

function isAnyArrayBuffer(value) {
  return isArrayBuffer(value) || isSharedArrayBuffer(value);
}

function isDataView(value) {
  return isObjectLike(value) && brand(getDataViewBuffer, value);
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
  return isObjectLike(value) && brand(numberValueOf, value);
}

function isStringObject(value) {
  return isObjectLike(value) && brand(stringValueOf, value);
}

function isBooleanObject(value) {
  return isObjectLike(value) && brand(booleanValueOf, value);
}

function isBigIntObject(value) {
  return bigIntValueOf !== undefined && isObjectLike(value) && brand(bigIntValueOf, value);
}

function isSymbolObject(value) {
  return isObjectLike(value) && brand(symbolValueOf, value);
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
