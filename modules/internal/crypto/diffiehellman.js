'use strict';

// DiffieHellman, DiffieHellmanGroup, ECDH, crypto.diffieHellman and the
// prime functions. Primes and keys are bytes held here; the binding does
// the arithmetic.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
    ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
  },
  getBinding,
  lazyBuffer,
  isArrayBufferView,
  isAnyArrayBuffer,
  toBytes,
  encodeOutput,
} = require('internal/crypto/util');
const { E, codes } = require('internal/errors');
const {
  validateInt32, validateString, validateObject, validateFunction, validateBoolean, validateUint32,
} = require('internal/validators');
const { isKeyObject, kKeyData } = require('internal/crypto/keys');

function def(code, msg, Base) {
  if (!codes[code]) E(code, msg, Base);
}
def('ERR_CRYPTO_UNKNOWN_DH_GROUP', 'Unknown DH group', Error);
def('ERR_CRYPTO_ECDH_INVALID_FORMAT', 'Invalid ECDH format: %s', TypeError);
def('ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name', TypeError);
def('ERR_CRYPTO_INCOMPATIBLE_KEY', 'Incompatible %s: %s', Error);

const kBufTypes = ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];

function stateError(msg) {
  const err = new Error(msg);
  err.code = 'ERR_CRYPTO_INVALID_STATE';
  return err;
}

function ossl(code, text) {
  const err = new Error(text);
  err.code = code;
  return err;
}

function isEncoding(enc) {
  return typeof enc === 'string' && (enc === 'buffer' || lazyBuffer().isEncoding(enc));
}

function toBuf(v, enc) {
  if (typeof v === 'string') return lazyBuffer().from(v, enc && enc !== 'buffer' ? enc : 'utf8');
  return toBytes(v);
}

function bytesOfBuffer(ab) {
  return new Uint8Array(ab);
}

function isZeroOrOne(b) {
  let v = 0;
  for (const x of b) {
    if (v > 1) return false;
    v = v * 256 + x;
  }
  return v <= 1;
}

function DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  if (!(this instanceof DiffieHellman)) return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
  if (typeof sizeOrKey !== 'number' && typeof sizeOrKey !== 'string' &&
      !isArrayBufferView(sizeOrKey) && !isAnyArrayBuffer(sizeOrKey)) {
    throw new ERR_INVALID_ARG_TYPE('sizeOrKey', ['number', 'string', ...kBufTypes], sizeOrKey);
  }
  if (typeof sizeOrKey === 'number') validateInt32(sizeOrKey, 'sizeOrKey');
  if (keyEncoding && !isEncoding(keyEncoding)) {
    genEncoding = generator;
    generator = keyEncoding;
    keyEncoding = false;
  }
  keyEncoding = keyEncoding || 'buffer';
  genEncoding = genEncoding || 'buffer';
  let g;
  if (!generator) {
    g = new Uint8Array([2]);
  } else if (typeof generator === 'number') {
    validateInt32(generator, 'generator');
    if (generator < 2) throw ossl('ERR_OSSL_DH_BAD_GENERATOR', 'error:02800065:Diffie-Hellman routines::bad generator');
    const bytes = [];
    for (let n = generator; n > 0; n = Math.floor(n / 256)) bytes.unshift(n & 255);
    g = new Uint8Array(bytes);
  } else if (typeof generator === 'string') {
    g = toBuf(generator, genEncoding);
  } else if (isArrayBufferView(generator) || isAnyArrayBuffer(generator)) {
    g = toBytes(generator);
  } else {
    throw new ERR_INVALID_ARG_TYPE('generator', ['number', 'string', ...kBufTypes], generator);
  }
  if (typeof generator !== 'number' && generator && isZeroOrOne(g)) {
    throw ossl('ERR_OSSL_DH_BAD_GENERATOR', 'error:02800065:Diffie-Hellman routines::bad generator');
  }
  const b = getBinding();
  let prime;
  if (typeof sizeOrKey === 'number') {
    if (sizeOrKey < 2) {
      throw ossl('ERR_OSSL_DH_MODULUS_TOO_SMALL', 'error:0280007E:Diffie-Hellman routines::modulus too small');
    }
    const gv = g.length === 1 ? g[0] : 0;
    const [add, rem] = gv === 2 ? [24, 23] : gv === 5 ? [60, 59] : [12, 11];
    prime = bytesOfBuffer(b.generatePrime(sizeOrKey, true, new Uint8Array([add]), new Uint8Array([rem])));
  } else {
    prime = new Uint8Array(toBuf(sizeOrKey, keyEncoding));
  }
  this._prime = prime;
  this._gen = new Uint8Array(g);
  this._pub = null;
  this._priv = null;
  Object.defineProperty(this, 'verifyError', {
    __proto__: null, enumerable: true, configurable: true, writable: false,
    value: b.dhCheck(prime, this._gen),
  });
}

function dhGenerateKeys(encoding) {
  const [pub, priv] = getBinding().dhKeys(this._prime, this._gen, this._priv ?? undefined);
  this._pub = bytesOfBuffer(pub);
  this._priv = bytesOfBuffer(priv);
  return encodeOutput(pub, encoding);
}

function dhComputeSecret(key, inEnc, outEnc) {
  const k = toBuf(key, inEnc);
  if (this._priv === null) {
    const err = new RangeError('Invalid key type');
    err.code = 'ERR_CRYPTO_INVALID_KEYTYPE';
    throw err;
  }
  return encodeOutput(getBinding().dhSecret(this._prime, this._priv, k), outEnc);
}

function out(bytes, enc) {
  return encodeOutput(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), enc);
}

const dhMethods = {
  generateKeys: dhGenerateKeys,
  computeSecret: dhComputeSecret,
  getPrime(encoding) { return out(this._prime, encoding); },
  getGenerator(encoding) { return out(this._gen, encoding); },
  getPublicKey(encoding) {
    if (this._pub === null) throw stateError('No public key - did you forget to generate one?');
    return out(this._pub, encoding);
  },
  getPrivateKey(encoding) {
    if (this._priv === null) throw stateError('No private key - did you forget to generate one?');
    return out(this._priv, encoding);
  },
};

function defineMethods(proto, methods) {
  for (const [name, fn] of Object.entries(methods)) {
    Object.defineProperty(proto, name, { __proto__: null, value: fn, writable: true, configurable: true, enumerable: true });
  }
}

defineMethods(DiffieHellman.prototype, {
  ...dhMethods,
  setPublicKey(key, encoding) {
    this._pub = new Uint8Array(toBuf(key, encoding));
    return this;
  },
  setPrivateKey(key, encoding) {
    this._priv = new Uint8Array(toBuf(key, encoding));
    return this;
  },
});

function DiffieHellmanGroup(name) {
  if (!(this instanceof DiffieHellmanGroup)) return new DiffieHellmanGroup(name);
  validateString(name, 'groupName');
  const p = getBinding().dhGroup(name);
  if (p === undefined) throw new codes.ERR_CRYPTO_UNKNOWN_DH_GROUP();
  this._prime = bytesOfBuffer(p);
  this._gen = new Uint8Array([2]);
  this._pub = null;
  this._priv = null;
  Object.defineProperty(this, 'verifyError', {
    __proto__: null, enumerable: true, configurable: true, writable: false,
    value: getBinding().dhCheck(this._prime, this._gen),
  });
}
defineMethods(DiffieHellmanGroup.prototype, dhMethods);

function createDiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
}

function createDiffieHellmanGroup(name) {
  return new DiffieHellmanGroup(name);
}

// ECDH.

const kCurves = ['prime256v1', 'secp224r1', 'secp384r1', 'secp521r1'];
const kCurveAliases = { 'P-256': 'prime256v1', 'secp256r1': 'prime256v1', 'P-224': 'secp224r1',
  'P-384': 'secp384r1', 'P-521': 'secp521r1' };

function curveName(curve) {
  validateString(curve, 'curve');
  const c = kCurveAliases[curve] ?? curve;
  if (!kCurves.includes(c)) throw new codes.ERR_CRYPTO_INVALID_CURVE();
  return c;
}

function pointFormat(format) {
  if (format === undefined || format === null || format === false) return 'uncompressed';
  if (format === 'compressed' || format === 'uncompressed' || format === 'hybrid') return format;
  throw new codes.ERR_CRYPTO_ECDH_INVALID_FORMAT(format);
}

function ECDH(curve) {
  if (!(this instanceof ECDH)) return new ECDH(curve);
  this._curve = curveName(curve);
  this._priv = null;
  this._pub = null;
}

function failed(msg) {
  const err = new Error(msg);
  err.code = 'ERR_CRYPTO_OPERATION_FAILED';
  return err;
}

defineMethods(ECDH.prototype, {
  computeSecret(key, inEnc, outEnc) {
    const k = toBuf(key, inEnc);
    if (this._priv === null) throw failed('Failed to compute ECDH key');
    if (k.length === 0 || k.length < 3) {
      const err = new RangeError('Invalid key pair');
      err.code = 'ERR_CRYPTO_INVALID_KEYPAIR';
      throw err;
    }
    return encodeOutput(getBinding().ecdhSecret(this._curve, this._priv, k), outEnc);
  },
  setPrivateKey(key, encoding) {
    const k = toBuf(key, encoding);
    const [pub, priv] = getBinding().ecdhKeys(this._curve, k, 'uncompressed');
    this._priv = bytesOfBuffer(priv);
    this._pub = bytesOfBuffer(pub);
    return this;
  },
  setPublicKey(key, encoding) {
    const k = toBuf(key, encoding);
    this._pub = bytesOfBuffer(getBinding().ecdhConvert(this._curve, k, 'uncompressed'));
    return this;
  },
  getPrivateKey(encoding) {
    if (this._priv === null) throw failed('Failed to get ECDH private key');
    return out(this._priv, encoding);
  },
  generateKeys(encoding, format) {
    const [pub, priv] = getBinding().ecdhKeys(this._curve, undefined, 'uncompressed');
    this._priv = bytesOfBuffer(priv);
    this._pub = bytesOfBuffer(pub);
    return this.getPublicKey(encoding, format);
  },
  getPublicKey(encoding, format) {
    const f = pointFormat(format);
    if (this._pub === null) throw failed('Failed to get ECDH public key');
    if (f === 'uncompressed') return out(this._pub, encoding);
    return encodeOutput(getBinding().ecdhConvert(this._curve, this._pub, f), encoding);
  },
});

Object.defineProperty(ECDH, 'convertKey', {
  __proto__: null, writable: true, configurable: true, enumerable: true,
  value: function convertKey(key, curve, inEnc, outEnc, format) {
    validateString(curve, 'curve');
    if (typeof key !== 'string' && !isArrayBufferView(key) && !isAnyArrayBuffer(key)) {
      throw new ERR_INVALID_ARG_TYPE('key', ['string', ...kBufTypes], key);
    }
    const c = curveName(curve);
    const f = pointFormat(format);
    return encodeOutput(getBinding().ecdhConvert(c, toBuf(key, inEnc), f), outEnc);
  },
});

function createECDH(curve) {
  return new ECDH(curve);
}

function getCurves() {
  return kCurves.slice();
}

// crypto.diffieHellman({ privateKey, publicKey }).
function diffieHellman(options) {
  validateObject(options, 'options');
  const { privateKey, publicKey } = options;
  if (!isKeyObject(privateKey)) throw new ERR_INVALID_ARG_VALUE('options.privateKey', privateKey);
  if (!isKeyObject(publicKey)) throw new ERR_INVALID_ARG_VALUE('options.publicKey', publicKey);
  if (privateKey.type !== 'private') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(privateKey.type, 'private');
  if (publicKey.type !== 'public' && publicKey.type !== 'private') {
    throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(publicKey.type, 'private or public');
  }
  const a = privateKey.asymmetricKeyType;
  const b = publicKey.asymmetricKeyType;
  if (a !== b || !['ec', 'x25519', 'x448', 'dh'].includes(a)) {
    throw new codes.ERR_CRYPTO_INCOMPATIBLE_KEY('key types for Diffie-Hellman', `${a} and ${b}`);
  }
  if (a === 'ec' && privateKey.asymmetricKeyDetails.namedCurve !== publicKey.asymmetricKeyDetails.namedCurve) {
    throw ossl('ERR_OSSL_MISMATCHING_DOMAIN_PARAMETERS', 'error:1C800070:Provider routines::mismatching domain parameters');
  }
  const binding = getBinding();
  const pubDer = publicKey.type === 'private' ? binding.keyPublic(publicKey[kKeyData]) : publicKey[kKeyData];
  return lazyBuffer().from(binding.deriveSecret(privateKey[kKeyData], pubDer));
}

// Primes.

function bigintBytes(v) {
  let hex = v.toString(16);
  if (hex.length % 2) hex = '0' + hex;
  return lazyBuffer().from(hex, 'hex');
}

function bytesBigint(b) {
  const hex = lazyBuffer().from(b).toString('hex');
  return hex ? BigInt('0x' + hex) : 0n;
}

function primeOption(v, name) {
  if (v === undefined) return undefined;
  if (typeof v === 'bigint') {
    if (v < 0n) throw new ERR_OUT_OF_RANGE(name, '>= 0', v);
    return v;
  }
  if (isArrayBufferView(v) || isAnyArrayBuffer(v)) return bytesBigint(toBytes(v));
  throw new ERR_INVALID_ARG_TYPE(name, [...kBufTypes, 'bigint'], v);
}

function primeArgs(size, options) {
  validateInt32(size, 'size', 1);
  validateObject(options, 'options');
  const { safe = false, bigint = false } = options;
  validateBoolean(safe, 'options.safe');
  validateBoolean(bigint, 'options.bigint');
  const add = primeOption(options.add, 'options.add');
  const rem = primeOption(options.rem, 'options.rem');
  if (add !== undefined) {
    if (add === 0n || (1n << BigInt(size)) <= add) throw rangeError('invalid options.add');
    if (rem !== undefined && rem >= add) throw rangeError('invalid options.rem');
  }
  return { safe, bigint, add: add === undefined ? undefined : bigintBytes(add),
    rem: rem === undefined || add === undefined ? undefined : bigintBytes(rem) };
}

function rangeError(msg) {
  const err = new RangeError(msg);
  err.code = 'ERR_OUT_OF_RANGE';
  return err;
}

function primeResult(ab, bigint) {
  return bigint ? bytesBigint(new Uint8Array(ab)) : ab;
}

function generatePrimeSync(size, options = {}) {
  const a = primeArgs(size, options);
  return primeResult(getBinding().generatePrime(size, a.safe, a.add, a.rem), a.bigint);
}

function generatePrime(size, options, callback) {
  validateInt32(size, 'size', 1);
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  validateFunction(callback, 'callback');
  const a = primeArgs(size, options);
  getBinding().generatePrime(size, a.safe, a.add, a.rem, (err, ab) => {
    if (err) callback(err);
    else callback(null, primeResult(ab, a.bigint));
  });
}

function checkArgs(candidate, options) {
  let bytes;
  if (typeof candidate === 'bigint') {
    if (candidate < 0n) throw new ERR_OUT_OF_RANGE('candidate', '>= 0', candidate);
    bytes = bigintBytes(candidate);
  } else if (isArrayBufferView(candidate) || isAnyArrayBuffer(candidate)) {
    bytes = toBytes(candidate);
  } else {
    throw new ERR_INVALID_ARG_TYPE('candidate', [...kBufTypes, 'bigint'], candidate);
  }
  validateObject(options, 'options');
  const { checks = 0 } = options;
  validateInt32(checks, 'options.checks', 0);
  return { bytes, checks };
}

function checkPrimeSync(candidate, options = {}) {
  const a = checkArgs(candidate, options);
  return getBinding().checkPrime(a.bytes, a.checks);
}

function checkPrime(candidate, options = {}, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  const a = checkArgs(candidate, options);
  validateFunction(callback, 'callback');
  getBinding().checkPrime(a.bytes, a.checks, callback);
}

module.exports = {
  DiffieHellman, DiffieHellmanGroup, ECDH,
  createDiffieHellman, createDiffieHellmanGroup, getDiffieHellman: createDiffieHellmanGroup,
  createECDH, getCurves, diffieHellman,
  generatePrime, generatePrimeSync, checkPrime, checkPrimeSync,
};
