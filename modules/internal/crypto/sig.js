'use strict';

// Signatures (Sign, Verify, sign, verify) and RSA encryption
// (publicEncrypt, privateDecrypt, privateEncrypt, publicDecrypt) over the
// crypto binding; keys come from internal/crypto/keys.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_CRYPTO_INVALID_DIGEST,
  },
  getBinding,
  lazyBuffer,
  isArrayBufferView,
  isAnyArrayBuffer,
  toBytes,
  canonicalHash,
} = require('internal/crypto/util');
const { E, codes } = require('internal/errors');
const { validateString, validateFunction } = require('internal/validators');
const { Hash } = require('internal/crypto/hash');
const { getKeyObject, kKeyData } = require('internal/crypto/keys');

if (!codes.ERR_CRYPTO_SIGN_KEY_REQUIRED) E('ERR_CRYPTO_SIGN_KEY_REQUIRED', 'No key provided to sign', Error);

function notInitialised() {
  const err = new Error('Not initialised');
  err.code = 'ERR_CRYPTO_INVALID_STATE';
  return err;
}

let Writable;
function lazyWritable() {
  Writable ??= require('stream').Writable;
  return Writable;
}

// sigOptions reads padding, saltLength and dsaEncoding of a key argument.
function sigOptions(options) {
  const o = { padding: undefined, saltLength: undefined, p1363: false };
  o.list = [undefined, undefined, false];
  if (options === undefined || options === null || typeof options !== 'object') return o;
  const { padding, saltLength, dsaEncoding } = options;
  if (padding !== undefined) {
    if (typeof padding !== 'number' || !Number.isInteger(padding) || padding < -(2 ** 31) || padding >= 2 ** 31) {
      throw new ERR_INVALID_ARG_VALUE('options.padding', padding);
    }
    o.padding = padding;
  }
  if (saltLength !== undefined) {
    if (typeof saltLength !== 'number' || !Number.isInteger(saltLength) ||
        saltLength < -(2 ** 31) || saltLength >= 2 ** 31) {
      throw new ERR_INVALID_ARG_VALUE('options.saltLength', saltLength);
    }
    o.saltLength = saltLength;
  }
  if (dsaEncoding !== undefined && dsaEncoding !== 'der') {
    if (dsaEncoding !== 'ieee-p1363') throw new ERR_INVALID_ARG_VALUE('options.dsaEncoding', dsaEncoding);
    o.p1363 = true;
  }
  o.list = [o.padding, o.saltLength, o.p1363];
  return o;
}

// digestName: the binding's name of a signature digest, or throws.
function digestName(algorithm, withName) {
  // OpenSSL's signature digests also know the legacy DSS1 (SHA-1).
  const alg = typeof algorithm === 'string' && algorithm.toLowerCase() === 'dss1' ?
    'sha1' : canonicalHash(algorithm);
  if (alg === undefined || alg === 'shake128' || alg === 'shake256' || alg === 'ripemd160') {
    throw withName ? new ERR_CRYPTO_INVALID_DIGEST(algorithm) : invalidDigest();
  }
  return alg;
}

function invalidDigest() {
  const err = new TypeError('Invalid digest');
  err.code = 'ERR_CRYPTO_INVALID_DIGEST';
  return err;
}

function Sign(algorithm, options) {
  if (!(this instanceof Sign)) return new Sign(algorithm, options);
  initSigner(this, algorithm, options);
}

function initSigner(self, algorithm, options) {
  validateString(algorithm, 'algorithm');
  const alg = digestName(algorithm, false);
  self._alg = alg;
  self._hash = new Hash(alg);
  lazyWritable().call(self, options);
}

function Verify(algorithm, options) {
  if (!(this instanceof Verify)) return new Verify(algorithm, options);
  initSigner(this, algorithm, options);
}

let protoReady = false;
function setupProtos() {
  if (protoReady) return;
  protoReady = true;
  const W = lazyWritable();
  Object.setPrototypeOf(Sign.prototype, W.prototype);
  Object.setPrototypeOf(Sign, W);
  Object.setPrototypeOf(Verify.prototype, W.prototype);
  Object.setPrototypeOf(Verify, W);
}

function update(data, encoding) {
  if (this._hash === null) throw notInitialised();
  if (typeof data !== 'string' && !isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  this._hash.update(data, encoding);
  return this;
}

function write(chunk, encoding, callback) {
  this.update(chunk, encoding);
  callback();
}

function finish(self) {
  if (self._hash === null) throw notInitialised();
  const digest = self._hash.digest();
  self._hash = null;
  return digest;
}

Sign.prototype._write = write;
Sign.prototype.update = update;
Sign.prototype.sign = function sign(privateKey, encoding) {
  if (privateKey === undefined || privateKey === null) throw new codes.ERR_CRYPTO_SIGN_KEY_REQUIRED();
  if (this._hash === null) throw notInitialised();
  const { keyObject, options } = getKeyObject(privateKey, 'private', 'key');
  const o = sigOptions(options);
  const digest = finish(this);
  const out = lazyBuffer().from(getBinding().sign(keyObject[kKeyData], this._alg, digest, true, o.list));
  return encoding && encoding !== 'buffer' ? out.toString(encoding) : out;
};

Verify.prototype._write = write;
Verify.prototype.update = update;
Verify.prototype.verify = function verify(key, signature, encoding) {
  if (this._hash === null) throw notInitialised();
  const { keyObject, options } = getKeyObject(key, 'public', 'key');
  const o = sigOptions(options);
  const sig = signatureBytes(signature, encoding);
  const digest = finish(this);
  return getBinding().verify(keyObject[kKeyData], keyObject.type === 'private', this._alg, digest,
                             true, o.list, sig);
};

function signatureBytes(signature, encoding) {
  if (typeof signature === 'string') return toBytes(signature, encoding);
  if (isArrayBufferView(signature)) return toBytes(signature);
  throw new ERR_INVALID_ARG_TYPE('signature', ['Buffer', 'TypedArray', 'DataView'], signature);
}

function createSign(algorithm, options) {
  return new Sign(algorithm, options);
}

function createVerify(algorithm, options) {
  return new Verify(algorithm, options);
}

function oneShotAlg(algorithm) {
  if (algorithm === null || algorithm === undefined) return undefined;
  validateString(algorithm, 'algorithm');
  return digestName(algorithm, true);
}

function dataBytes(data) {
  if (typeof data === 'string') return toBytes(data, 'utf8');
  if (isArrayBufferView(data)) return toBytes(data);
  throw new ERR_INVALID_ARG_TYPE('data', ['Buffer', 'TypedArray', 'DataView'], data);
}

function sign(algorithm, data, key, callback) {
  const alg = oneShotAlg(algorithm);
  const bytes = dataBytes(data);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const { keyObject, options } = getKeyObject(key, 'private', 'key');
  const o = sigOptions(options);
  const b = getBinding();
  if (callback) {
    b.sign(keyObject[kKeyData], alg, bytes, false, o.list,
           (err, ab) => (err ? callback(err) : callback(null, lazyBuffer().from(ab))));
    return;
  }
  return lazyBuffer().from(b.sign(keyObject[kKeyData], alg, bytes, false, o.list));
}

function verify(algorithm, data, key, signature, callback) {
  const alg = oneShotAlg(algorithm);
  const bytes = dataBytes(data);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const { keyObject, options } = getKeyObject(key, 'public', 'key');
  const o = sigOptions(options);
  if (!isArrayBufferView(signature)) {
    throw new ERR_INVALID_ARG_TYPE('signature', ['Buffer', 'TypedArray', 'DataView'], signature);
  }
  const sig = toBytes(signature);
  const args = [keyObject[kKeyData], keyObject.type === 'private', alg, bytes, false, o.list, sig];
  if (callback) {
    getBinding().verify(...args, callback);
    return;
  }
  return getBinding().verify(...args);
}

// RSA encryption.

const RSA_PKCS1_PADDING = 1;
const RSA_PKCS1_OAEP_PADDING = 4;

function rsaCipher(kind, encrypt, defaultPadding) {
  return function(key, buffer) {
    const options = key !== null && typeof key === 'object' && !isArrayBufferView(key) &&
      !isAnyArrayBuffer(key) ? key : undefined;
    let padding = defaultPadding;
    let oaepHash = 'sha1';
    let label;
    if (options) {
      if (options.padding !== undefined) padding = options.padding;
      if (options.oaepHash !== undefined) {
        if (typeof options.oaepHash !== 'string') {
          throw new ERR_INVALID_ARG_TYPE('key.oaepHash', 'string', options.oaepHash);
        }
        oaepHash = options.oaepHash;
        const h = canonicalHash(oaepHash);
        if (h === undefined || h.startsWith('shake')) {
          const err = new Error('Invalid digest used');
          err.code = 'ERR_OSSL_EVP_INVALID_DIGEST';
          throw err;
        }
      }
      if (options.oaepLabel !== undefined) {
        if (!isArrayBufferView(options.oaepLabel) && !isAnyArrayBuffer(options.oaepLabel)) {
          throw new ERR_INVALID_ARG_TYPE('key.oaepLabel', ['Buffer', 'TypedArray', 'DataView'], options.oaepLabel);
        }
        label = toBytes(options.oaepLabel);
      }
    }
    const { keyObject } = getKeyObject(key, kind, 'key');
    let data;
    if (typeof buffer === 'string') data = toBytes(buffer, options?.encoding);
    else if (isArrayBufferView(buffer) || isAnyArrayBuffer(buffer)) data = toBytes(buffer);
    else {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], buffer);
    }
    if (kind === 'private' && !encrypt && padding === RSA_PKCS1_PADDING &&
        !require('internal/options').optionValues('--security-revert').includes('CVE-2023-46809')) {
      throw new ERR_INVALID_ARG_VALUE('padding', padding,
        'RSA_PKCS1_PADDING is no longer supported for private decryption,' +
        ' this can be reverted with --security-revert=CVE-2023-46809');
    }
    if (typeof padding !== 'number' || ![1, 3, 4, 5, 6].includes(padding) ||
        (padding === RSA_PKCS1_OAEP_PADDING && kind === 'private' && encrypt) ||
        (padding === RSA_PKCS1_OAEP_PADDING && kind === 'public' && !encrypt) ||
        padding === 5 || padding === 6) {
      const err = new Error('error:02000076:rsa routines::unknown padding type');
      err.library = 'rsa routines';
      err.reason = 'unknown padding type';
      err.code = 'ERR_OSSL_RSA_UNKNOWN_PADDING_TYPE';
      throw err;
    }
    const alg = canonicalHash(oaepHash) ?? oaepHash;
    const priv = keyObject.type === 'private';
    return lazyBuffer().from(getBinding().rsaCrypt(keyObject[kKeyData], priv, kind === 'private',
                                                  encrypt, data, padding, alg, label));
  };
}

// The binding parses the canonical DER it was given: for a public
// operation with a private KeyObject, it uses the public half of it.
const publicEncrypt = rsaCipher('public', true, RSA_PKCS1_OAEP_PADDING);
const publicDecrypt = rsaCipher('public', false, RSA_PKCS1_PADDING);
const privateEncrypt = rsaCipher('private', true, RSA_PKCS1_PADDING);
const privateDecrypt = rsaCipher('private', false, RSA_PKCS1_OAEP_PADDING);

setupProtos();

module.exports = {
  Sign, Verify, createSign, createVerify, sign, verify,
  publicEncrypt, publicDecrypt, privateEncrypt, privateDecrypt,
};
