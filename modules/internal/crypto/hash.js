'use strict';

// Hash and Hmac (streams too, through LazyTransform), crypto.hash() and
// getHashes(). A digest in progress is its serialized state, kept here and
// advanced by the binding (see host/binding_crypto.go).

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_CRYPTO_HASH_FINALIZED,
    ERR_CRYPTO_INVALID_DIGEST,
  },
  getBinding,
  lazyBuffer,
  isArrayBufferView,
  toBytes,
  encodeOutput,
  canonicalHash,
  hashList,
  opensslError,
} = require('internal/crypto/util');
const { validateString, validateObject, validateUint32 } = require('internal/validators');

const kState = Symbol('kState');
const kAlg = Symbol('kAlg');
const kFinalized = Symbol('kFinalized');
// The digest computed when a Hash used as a stream ends: digest() then
// returns it once, as Node's native hash keeps its result.
const kDigest = Symbol('kDigest');
const kOutLen = Symbol('kOutLen');
const kOuter = Symbol('kOuter');

// LazyTransform: a Transform whose stream state is only built when the
// object is first used as a stream.
function LazyTransform(options) {
  this._options = options;
  linkStream();
}
let linked = false;
function linkStream() {
  if (linked) return;
  linked = true;
  const { Transform } = require('stream');
  Object.setPrototypeOf(LazyTransform.prototype, Transform.prototype);
  Object.setPrototypeOf(LazyTransform, Transform);
}
for (const prop of ['_readableState', '_writableState', '_transformState']) {
  Object.defineProperty(LazyTransform.prototype, prop, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      require('stream').Transform.call(this, this._options);
      this._writableState.decodeStrings = false;
      return this[prop];
    },
    set(val) {
      Object.defineProperty(this, prop, {
        __proto__: null, value: val, enumerable: true, configurable: true, writable: true,
      });
    },
  });
}

function notXof() {
  return opensslError('ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH', 'digital envelope routines',
                      'not XOF or invalid length', '030000B2');
}

function outputLength(options, alg) {
  if (options === undefined) return -1;
  validateObject(options, 'options', { allowArray: true, allowFunction: true, nullable: true });
  const len = options?.outputLength;
  if (len === undefined) return -1;
  validateUint32(len, 'options.outputLength');
  const size = getBinding().hashSize(alg);
  if (size !== 0 && len !== size) throw notXof();
  return size === 0 ? len : -1;
}

function dataBytes(data, encoding, name = 'data') {
  if (typeof data !== 'string' && !isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  return toBytes(data, encoding);
}

function Hash(algorithm, options) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  const copyFrom = algorithm instanceof Hash ? algorithm : null;
  let alg;
  if (copyFrom) {
    alg = copyFrom[kAlg];
  } else {
    validateString(algorithm, 'algorithm');
    alg = canonicalHash(algorithm);
  }
  // A copy of a hash that ended as a stream keeps its digest.
  const ended = copyFrom?.[kDigest] !== undefined;
  const state = alg === undefined ? undefined :
    ended ? null : copyFrom ? copyFrom[kState].slice(0) : getBinding().hashInit(alg);
  if (state === undefined) throw new Error('Digest method not supported');
  const outLen = outputLength(options, alg);
  this[kAlg] = alg;
  this[kState] = state;
  this[kOutLen] = outLen >= 0 ? outLen : defaultXofLength(alg);
  this[kFinalized] = false;
  if (ended) this[kDigest] = copyFrom[kDigest];
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);

function defaultXofLength(alg) {
  if (alg === 'shake128') return 16;
  if (alg === 'shake256') return 32;
  return -1;
}

Hash.prototype.copy = function copy(options) {
  if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  return new Hash(this, options);
};

Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  this.update(chunk, encoding);
  callback();
};

// The stream's end pushes the digest without finalizing the object: a
// later digest() returns the same bytes (as Node's handle caches them).
Hash.prototype._flush = function _flush(callback) {
  if (this[kDigest] === undefined && !this[kFinalized]) {
    this[kDigest] = getBinding().hashDigest(this[kAlg], this[kState], this[kOutLen]);
    this[kState] = null;
  }
  this.push(encodeOutput(this[kDigest]));
  callback();
};


Hash.prototype.update = function update(data, encoding) {
  if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  if (this[kDigest] !== undefined) return this; // ended as a stream: Node ignores it
  const bytes = dataBytes(data, encoding);
  const st = getBinding().hashUpdate(this[kAlg], this[kState], bytes);
  if (st !== undefined) this[kState] = st;
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  // A truthy encoding is converted to a string (its toString may throw).
  if (outputEncoding) outputEncoding = `${outputEncoding}`;
  this[kFinalized] = true;
  if (this[kDigest] !== undefined) return encodeOutput(this[kDigest], outputEncoding);
  const ab = getBinding().hashDigest(this[kAlg], this[kState], this[kOutLen]);
  this[kState] = null;
  return encodeOutput(ab, outputEncoding);
};

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  const keyBytes = prepareSecretKey(key, options?.encoding);
  const alg = canonicalHash(hmac);
  if (alg === undefined) throw new ERR_CRYPTO_INVALID_DIGEST(hmac);
  const init = getBinding().hmacInit(alg, keyBytes);
  if (init === undefined) throw new Error('error:00000000:lib(0)::reason(0)');
  this[kAlg] = alg;
  this[kState] = init[0];
  this[kOuter] = init[1];
  this[kFinalized] = false;
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hmac, LazyTransform);

Hmac.prototype.update = Hash.prototype.update;
Hmac.prototype._transform = Hash.prototype._transform;
Hmac.prototype._flush = function _flush(callback) {
  this.push(this.digest());
  callback();
};

Hmac.prototype.digest = function digest(outputEncoding) {
  if (this[kFinalized]) {
    const empty = lazyBuffer().alloc(0);
    return typeof outputEncoding === 'string' && outputEncoding !== 'buffer' ?
      '' : empty;
  }
  this[kFinalized] = true;
  const ab = getBinding().hmacDigest(this[kAlg], this[kState], this[kOuter]);
  this[kState] = null;
  this[kOuter] = null;
  return encodeOutput(ab, outputEncoding);
};

// prepareSecretKey: the bytes of a key given as string, buffer, KeyObject
// or CryptoKey.
function prepareSecretKey(key, encoding, name = 'key') {
  if (typeof key === 'string') return toBytes(key, encoding);
  if (isArrayBufferView(key) || isAnyArrayBufferValue(key)) return toBytes(key);
  if (key !== null && typeof key === 'object' && typeof key.export === 'function' &&
      key.type === 'secret') {
    return toBytes(key.export());
  }
  if (key !== null && typeof key === 'object' && key.constructor?.name === 'CryptoKey') {
    const { getSecretBytes } = require('internal/crypto/webcrypto');
    const b = getSecretBytes(key);
    if (b) return b;
  }
  throw new ERR_INVALID_ARG_TYPE(
    name,
    ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'],
    key);
}

function isAnyArrayBufferValue(v) {
  return require('internal/crypto/util').isAnyArrayBuffer(v);
}

// hash(algorithm, data, outputEncoding = 'hex'): one-shot digest.
function hash(algorithm, input, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !isArrayBufferView(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['string', 'Buffer', 'TypedArray', 'DataView'], input);
  }
  let normalized = outputEncoding;
  if (outputEncoding !== 'buffer') {
    validateString(outputEncoding, 'outputEncoding');
    normalized = outputEncoding.toLowerCase();
    if (normalized !== 'buffer' && !lazyBuffer().isEncoding(normalized)) {
      throw new ERR_INVALID_ARG_VALUE('outputEncoding', outputEncoding);
    }
  }
  const alg = canonicalHash(algorithm);
  const b = getBinding();
  const st = alg === undefined ? undefined : b.hashInit(alg);
  if (st === undefined) throw new Error(`Digest method ${algorithm} is not supported`);
  const next = b.hashUpdate(alg, st, toBytes(input, 'utf8'));
  const ab = b.hashDigest(alg, next ?? st, defaultXofLength(alg));
  return encodeOutput(ab, normalized);
}

function getHashes() {
  return hashList.slice();
}

module.exports = {
  Hash,
  Hmac,
  LazyTransform,
  hash,
  getHashes,
  prepareSecretKey,
};
