'use strict';

// Shared helpers of the crypto module: error codes Node's crypto uses that
// internal/errors may lack, byte conversion of inputs, digest-name
// normalization and OpenSSL-style errors.

const errors = require('internal/errors');
const { E, codes } = errors;

function def(code, msg, Base) {
  if (!codes[code]) E(code, msg, Base);
}
def('ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length', RangeError);
def('ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length', RangeError);
def('ERR_CRYPTO_INVALID_IV', 'Invalid initialization vector', TypeError);
def('ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher', Error);
def('ERR_CRYPTO_INVALID_AUTH_TAG', 'Invalid authentication tag length: %s', TypeError);
def('ERR_CRYPTO_INVALID_SCRYPT_PARAMS', 'Invalid scrypt params', RangeError);
def('ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation %s', Error);
def('ERR_CRYPTO_HASH_FINALIZED', 'Digest already called', Error);
def('ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: %s', TypeError);
def('ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', 'Invalid key object type %s, expected %s.', TypeError);
def('ERR_METHOD_NOT_IMPLEMENTED', 'The %s method is not implemented', Error);

let binding;
function getBinding() {
  binding ??= internalBinding('crypto');
  return binding;
}

let BufferCtor;
function lazyBuffer() {
  BufferCtor ??= require('buffer').Buffer;
  return BufferCtor;
}

function isArrayBufferView(v) {
  return ArrayBuffer.isView(v);
}

function isAnyArrayBuffer(v) {
  if (v === null || typeof v !== 'object') return false;
  const tag = Object.prototype.toString.call(v);
  return tag === '[object ArrayBuffer]' || tag === '[object SharedArrayBuffer]';
}

// normEncoding: a Buffer encoding name, or undefined when enc is not one.
function normEncoding(enc) {
  if (typeof enc !== 'string') return undefined;
  const B = lazyBuffer();
  if (enc === 'buffer') return undefined;
  return B.isEncoding(enc) ? enc : undefined;
}

// toBytes(data, enc): a Uint8Array view of string/ArrayBufferView/ArrayBuffer.
function toBytes(data, enc) {
  if (typeof data === 'string') {
    return lazyBuffer().from(data, normEncoding(enc) || 'utf8');
  }
  if (isArrayBufferView(data)) {
    return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  }
  if (isAnyArrayBuffer(data)) return new Uint8Array(data);
  return null;
}

// encodeOutput(ab, enc): a Buffer over ab, or its string in enc.
function encodeOutput(ab, enc) {
  const buf = lazyBuffer().from(ab);
  const e = normEncoding(enc);
  return e ? buf.toString(e) : buf;
}

// canonicalHash(name): the binding's name of a digest name OpenSSL accepts,
// or undefined.
const hashAliases = {
  __proto__: null,
  'md5': 'md5', 'ssl3-md5': 'md5',
  'sha1': 'sha1', 'ssl3-sha1': 'sha1', 'sha1-2': 'sha1', 'sha-1': 'sha1',
  'sha224': 'sha224', 'sha256': 'sha256', 'sha384': 'sha384', 'sha512': 'sha512',
  'sha512-224': 'sha512-224', 'sha512-256': 'sha512-256',
  'sha512/224': 'sha512-224', 'sha512/256': 'sha512-256',
  'sha3-224': 'sha3-224', 'sha3-256': 'sha3-256', 'sha3-384': 'sha3-384', 'sha3-512': 'sha3-512',
  'shake128': 'shake128', 'shake256': 'shake256',
  'ripemd160': 'ripemd160', 'ripemd': 'ripemd160', 'rmd160': 'ripemd160',
  'ripemd-160': 'ripemd160', 'ripemd160withrsa': 'ripemd160',
};
function canonicalHash(name) {
  if (typeof name !== 'string') return undefined;
  let n = name.toLowerCase();
  if (n in hashAliases) return hashAliases[n];
  if (n.startsWith('rsa-')) n = n.slice(4);
  else if (n.startsWith('id-rsassa-pkcs1-v1_5-with-')) n = n.slice(26);
  if (n.endsWith('withrsaencryption')) n = n.slice(0, -17);
  if (n.startsWith('sha2-')) n = 'sha' + n.slice(5);
  else if (n.startsWith('sha-')) n = 'sha' + n.slice(4);
  return hashAliases[n];
}

const hashList = [
  'RSA-MD5', 'RSA-RIPEMD160', 'RSA-SHA1', 'RSA-SHA1-2', 'RSA-SHA224', 'RSA-SHA256',
  'RSA-SHA3-224', 'RSA-SHA3-256', 'RSA-SHA3-384', 'RSA-SHA3-512', 'RSA-SHA384',
  'RSA-SHA512', 'RSA-SHA512/224', 'RSA-SHA512/256',
  'id-rsassa-pkcs1-v1_5-with-sha3-224', 'id-rsassa-pkcs1-v1_5-with-sha3-256',
  'id-rsassa-pkcs1-v1_5-with-sha3-384', 'id-rsassa-pkcs1-v1_5-with-sha3-512',
  'md5', 'md5WithRSAEncryption', 'ripemd', 'ripemd160', 'ripemd160WithRSA', 'rmd160',
  'sha1', 'sha1WithRSAEncryption', 'sha224', 'sha224WithRSAEncryption', 'sha256',
  'sha256WithRSAEncryption', 'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'sha384',
  'sha384WithRSAEncryption', 'sha512', 'sha512-224', 'sha512-224WithRSAEncryption',
  'sha512-256', 'sha512-256WithRSAEncryption', 'sha512WithRSAEncryption',
  'shake128', 'shake256', 'ssl3-md5', 'ssl3-sha1',
];

// opensslError(code, library, reason, hex): an error shaped like the ones
// Node builds from OpenSSL's error queue.
function opensslError(code, library, reason, hex) {
  const err = new Error(`error:${hex}:${library}::${reason}`);
  err.library = library;
  err.reason = reason;
  err.code = code;
  return err;
}

function notImplemented(api) {
  return new codes.ERR_METHOD_NOT_IMPLEMENTED(api);
}

module.exports = {
  codes,
  getBinding,
  lazyBuffer,
  isArrayBufferView,
  isAnyArrayBuffer,
  normEncoding,
  toBytes,
  encodeOutput,
  canonicalHash,
  hashList,
  opensslError,
  notImplemented,
};
