'use strict';

// pbkdf2, hkdf and scrypt, computed by the binding (on a goroutine for the
// callback forms).

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
    ERR_CRYPTO_INVALID_DIGEST,
    ERR_CRYPTO_INVALID_KEYLEN,
    ERR_CRYPTO_INVALID_SCRYPT_PARAMS,
    ERR_CRYPTO_SCRYPT_INVALID_PARAMETER,
  },
  getBinding,
  lazyBuffer,
  isArrayBufferView,
  isAnyArrayBuffer,
  toBytes,
  canonicalHash,
} = require('internal/crypto/util');
const asyncContext = require('internal/async_context');
const {
  validateString,
  validateInt32,
  validateInteger,
  validateUint32,
  validateFunction,
  validateObject,
} = require('internal/validators');

const kMaxLength = 2 ** 31 - 1;

function byteSource(v, name, types = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView']) {
  if (typeof v === 'string' || isArrayBufferView(v) || isAnyArrayBuffer(v)) return toBytes(v);
  throw new ERR_INVALID_ARG_TYPE(name, types, v);
}

function hmacHash(digest) {
  const alg = canonicalHash(digest);
  if (alg === undefined || getBinding().hashSize(alg) <= 0) return undefined;
  return alg;
}

function checkPbkdf2(password, salt, iterations, keylen, digest) {
  validateString(digest, 'digest');
  password = byteSource(password, 'password');
  salt = byteSource(salt, 'salt');
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  const alg = canonicalHash(digest);
  if (alg === undefined) throw new ERR_CRYPTO_INVALID_DIGEST(digest);
  if (getBinding().hashSize(alg) <= 0) throw new Error('Deriving bits failed');
  return { password, salt, alg };
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  const c = checkPbkdf2(password, salt, iterations, keylen, digest);
  const ab = getBinding().pbkdf2(c.alg, c.password, c.salt, iterations, keylen);
  return lazyBuffer().from(ab);
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  const c = checkPbkdf2(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  callback = asyncContext.bind(callback);
  getBinding().pbkdf2(c.alg, c.password, c.salt, iterations, keylen, (err, ab) => {
    if (err) callback(err);
    else callback(null, lazyBuffer().from(ab));
  });
}

function checkHkdf(digest, ikm, salt, info, length) {
  validateString(digest, 'digest');
  if (ikm !== null && typeof ikm === 'object' && typeof ikm.export === 'function' &&
      ikm.type === 'secret') {
    ikm = toBytes(ikm.export());
  } else {
    ikm = byteSource(ikm, 'ikm',
                     ['string', 'SecretKeyObject', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer']);
  }
  salt = byteSource(salt, 'salt', ['string', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer']);
  info = byteSource(info, 'info', ['string', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer']);
  validateInteger(length, 'length', 0, kMaxLength);
  if (info.byteLength > 1024) {
    throw new ERR_OUT_OF_RANGE('info', 'must not contain more than 1024 bytes', info.byteLength);
  }
  const alg = hmacHash(digest);
  if (alg === undefined) throw new ERR_CRYPTO_INVALID_DIGEST(digest);
  if (length > 255 * getBinding().hashSize(alg)) throw new ERR_CRYPTO_INVALID_KEYLEN();
  return { alg, ikm, salt, info };
}

function hkdfSync(digest, ikm, salt, info, length) {
  const c = checkHkdf(digest, ikm, salt, info, length);
  return getBinding().hkdf(c.alg, c.ikm, c.salt, c.info, length);
}

function hkdf(digest, ikm, salt, info, length, callback) {
  const c = checkHkdf(digest, ikm, salt, info, length);
  validateFunction(callback, 'callback');
  callback = asyncContext.bind(callback);
  getBinding().hkdf(c.alg, c.ikm, c.salt, c.info, length, (err, ab) => {
    if (err) callback(err);
    else callback(null, ab);
  });
}

const scryptDefaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

function scryptParams(options) {
  let { N, r, p, maxmem } = scryptDefaults;
  if (options && options !== scryptDefaults) {
    validateObject(options, 'options', { nullable: true, allowArray: true, allowFunction: true });
    const pick = (a, b) => {
      const has = options[a] !== undefined;
      const hasB = options[b] !== undefined;
      if (has && hasB) throw new ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
      return has ? [options[a], a] : hasB ? [options[b], b] : undefined;
    };
    let v;
    if ((v = pick('N', 'cost'))) { validateUint32(v[0], v[1]); N = v[0]; }
    if ((v = pick('r', 'blockSize'))) { validateUint32(v[0], v[1]); r = v[0]; }
    if ((v = pick('p', 'parallelization'))) { validateUint32(v[0], v[1]); p = v[0]; }
    if (options.maxmem !== undefined) {
      validateInteger(options.maxmem, 'maxmem', 0);
      maxmem = options.maxmem;
    }
    if (N === 0) N = scryptDefaults.N;
    if (r === 0) r = scryptDefaults.r;
    if (p === 0) p = scryptDefaults.p;
  }
  // RFC 7914's bounds, with OpenSSL's wording: N a power of two >= 2 (a
  // plain error); the rest say the memory limit was exceeded: p*r < 2^30,
  // N < 2^(16r), the block 128*r*p within an int, and the whole working set
  // 128*r*(N+2) + 128*r*p within maxmem.
  if (N < 2 || (N & (N - 1)) !== 0) throw new ERR_CRYPTO_INVALID_SCRYPT_PARAMS();
  if (p > Math.floor((2 ** 30 - 1) / r) ||
      (16 * r <= 63 && N >= 2 ** (16 * r)) ||
      128 * r * p > 2 ** 31 - 1 ||
      128 * r * (N + 2) + 128 * r * p > maxmem) {
    const err = new ERR_CRYPTO_INVALID_SCRYPT_PARAMS();
    err.message += ': error:030000AC:digital envelope routines::memory limit exceeded';
    throw err;
  }
  return { N, r, p, maxmem };
}

function checkScrypt(password, salt, keylen, options) {
  password = byteSource(password, 'password');
  salt = byteSource(salt, 'salt');
  validateInt32(keylen, 'keylen', 0);
  return { password, salt, ...scryptParams(options) };
}

function scryptSync(password, salt, keylen, options = scryptDefaults) {
  const c = checkScrypt(password, salt, keylen, options);
  return lazyBuffer().from(getBinding().scrypt(c.password, c.salt, c.N, c.r, c.p, keylen, undefined, c.maxmem));
}

function scrypt(password, salt, keylen, options, callback = scryptDefaults) {
  if (callback === scryptDefaults) {
    callback = options;
    options = scryptDefaults;
  }
  const c = checkScrypt(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  callback = asyncContext.bind(callback);
  getBinding().scrypt(c.password, c.salt, c.N, c.r, c.p, keylen, (err, ab) => {
    if (err) callback(err);
    else callback(null, lazyBuffer().from(ab));
  }, c.maxmem);
}

module.exports = { pbkdf2, pbkdf2Sync, hkdf, hkdfSync, scrypt, scryptSync };
