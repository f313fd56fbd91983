'use strict';

// node:crypto. Digests, HMAC, random numbers, PBKDF2/HKDF/scrypt, ciphers,
// key objects, signing, key pairs, Diffie-Hellman, SPKAC (Certificate),
// X509Certificate and Web Crypto's secret-key algorithms.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH,
    ERR_CRYPTO_ENGINE_UNKNOWN,
    ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
    ERR_CRYPTO_FIPS_UNAVAILABLE,
  },
  getBinding,
  lazyBuffer,
  isArrayBufferView,
  isAnyArrayBuffer,
  toBytes,
  notImplemented,
} = require('internal/crypto/util');
const { Hash, Hmac, hash, getHashes } = require('internal/crypto/hash');
const random = require('internal/crypto/random');
const { validateString, validateObject, validateOneOf, validateInteger } =
  require('internal/validators');

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

function timingSafeEqual(buf1, buf2) {
  const check = (b, name) => {
    if (!isArrayBufferView(b) && !isAnyArrayBuffer(b)) {
      const err = new ERR_INVALID_ARG_TYPE(name, ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], b);
      err.message = `The "${name}" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`;
      throw err;
    }
  };
  check(buf1, 'buf1');
  check(buf2, 'buf2');
  if (buf1.byteLength !== buf2.byteLength) throw new ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH();
  return getBinding().timingSafeEqual(buf1, buf2);
}

function lazy(id) {
  let m;
  return () => (m ??= require(id));
}
const kdf = lazy('internal/crypto/kdf');
const cipher = lazy('internal/crypto/cipher');
const web = lazy('internal/crypto/webcrypto');

const {
  KeyObject, SecretKeyObject, createSecretKey, createPublicKey, createPrivateKey,
} = require('internal/crypto/keys');
const kKeyData = require('internal/crypto/keys').kKeyData;
const sig = lazy('internal/crypto/sig');
const keygen = lazy('internal/crypto/keygen');
const dh = lazy('internal/crypto/diffiehellman');

function generateKeySync(type, options) {
  validateString(type, 'type');
  if (type !== 'hmac' && type !== 'aes') {
    throw new ERR_INVALID_ARG_VALUE('type', type, 'must be a supported key type');
  }
  validateObject(options, 'options');
  const { length } = options;
  if (type === 'hmac') {
    validateInteger(length, 'options.length', 8, 2 ** 31 - 1);
  } else {
    validateOneOf(length, 'options.length', [128, 192, 256]);
  }
  const bytes = new Uint8Array(Math.floor(length / 8));
  random.randomFillSync(bytes);
  return new SecretKeyObject({ [kKeyData]: bytes });
}

function generateKey(type, options, callback) {
  if (typeof callback !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('callback', 'function', callback);
  }
  const key = generateKeySync(type, options);
  require('timers').setImmediate(() => callback(null, key));
}

function setEngine(id, flags) {
  validateString(id, 'id');
  throw new ERR_CRYPTO_ENGINE_UNKNOWN(id);
}

function getFips() {
  return 0;
}

function setFips(val) {
  if (val) throw new ERR_CRYPTO_FIPS_UNAVAILABLE();
}

function secureHeapUsed() {
  return { total: 0, used: 0, utilization: 0, min: 0 };
}

const kCipherList = 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:' +
  'TLS_AES_128_GCM_SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:' +
  'ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:' +
  'ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:' +
  'DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:' +
  '!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA';

const constants = Object.freeze({
  __proto__: null,
  OPENSSL_VERSION_NUMBER: 805306672,
  SSL_OP_ALL: 2147485776,
  SSL_OP_ALLOW_NO_DHE_KEX: 1024,
  SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION: 262144,
  SSL_OP_CIPHER_SERVER_PREFERENCE: 4194304,
  SSL_OP_CISCO_ANYCONNECT: 32768,
  SSL_OP_COOKIE_EXCHANGE: 8192,
  SSL_OP_CRYPTOPRO_TLSEXT_BUG: 2147483648,
  SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS: 2048,
  SSL_OP_LEGACY_SERVER_CONNECT: 4,
  SSL_OP_NO_COMPRESSION: 131072,
  SSL_OP_NO_ENCRYPT_THEN_MAC: 524288,
  SSL_OP_NO_QUERY_MTU: 4096,
  SSL_OP_NO_RENEGOTIATION: 1073741824,
  SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION: 65536,
  SSL_OP_NO_SSLv2: 0,
  SSL_OP_NO_SSLv3: 33554432,
  SSL_OP_NO_TICKET: 16384,
  SSL_OP_NO_TLSv1: 67108864,
  SSL_OP_NO_TLSv1_1: 268435456,
  SSL_OP_NO_TLSv1_2: 134217728,
  SSL_OP_NO_TLSv1_3: 536870912,
  SSL_OP_PRIORITIZE_CHACHA: 2097152,
  SSL_OP_TLS_ROLLBACK_BUG: 8388608,
  ENGINE_METHOD_RSA: 1,
  ENGINE_METHOD_DSA: 2,
  ENGINE_METHOD_DH: 4,
  ENGINE_METHOD_RAND: 8,
  ENGINE_METHOD_EC: 2048,
  ENGINE_METHOD_CIPHERS: 64,
  ENGINE_METHOD_DIGESTS: 128,
  ENGINE_METHOD_PKEY_METHS: 512,
  ENGINE_METHOD_PKEY_ASN1_METHS: 1024,
  ENGINE_METHOD_ALL: 65535,
  ENGINE_METHOD_NONE: 0,
  DH_CHECK_P_NOT_SAFE_PRIME: 2,
  DH_CHECK_P_NOT_PRIME: 1,
  DH_UNABLE_TO_CHECK_GENERATOR: 4,
  DH_NOT_SUITABLE_GENERATOR: 8,
  RSA_PKCS1_PADDING: 1,
  RSA_NO_PADDING: 3,
  RSA_PKCS1_OAEP_PADDING: 4,
  RSA_X931_PADDING: 5,
  RSA_PKCS1_PSS_PADDING: 6,
  RSA_PSS_SALTLEN_DIGEST: -1,
  RSA_PSS_SALTLEN_MAX_SIGN: -2,
  RSA_PSS_SALTLEN_AUTO: -2,
  defaultCoreCipherList: kCipherList,
  TLS1_VERSION: 769,
  TLS1_1_VERSION: 770,
  TLS1_2_VERSION: 771,
  TLS1_3_VERSION: 772,
  POINT_CONVERSION_COMPRESSED: 2,
  POINT_CONVERSION_UNCOMPRESSED: 4,
  POINT_CONVERSION_HYBRID: 6,
  defaultCipherList: require('internal/options').optionValues('--tls-cipher-list').at(-1) ?? kCipherList,
});

// Exports in Node's order.
const exp = module.exports;
function fn(name, f) {
  exp[name] = f;
}
function lazyFn(name, get, key = name) {
  exp[name] = { [name](...args) { return get()[key](...args); } }[name];
}

lazyFn('checkPrime', dh);
lazyFn('checkPrimeSync', dh);
lazyFn('createCipheriv', cipher);
lazyFn('createDecipheriv', cipher);
lazyFn('createDiffieHellman', dh);
lazyFn('createDiffieHellmanGroup', dh);
lazyFn('createECDH', dh);
fn('createHash', createHash);
fn('createHmac', createHmac);
fn('createPrivateKey', createPrivateKey);
fn('createPublicKey', createPublicKey);
fn('createSecretKey', createSecretKey);
lazyFn('createSign', sig);
lazyFn('createVerify', sig);
lazyFn('diffieHellman', dh);
lazyFn('generatePrime', dh);
lazyFn('generatePrimeSync', dh);
lazyFn('getCiphers', cipher);
lazyFn('getCipherInfo', cipher);
lazyFn('getCurves', dh);
lazyFn('getDiffieHellman', dh);
fn('getHashes', getHashes);
lazyFn('hkdf', kdf);
lazyFn('hkdfSync', kdf);
lazyFn('pbkdf2', kdf);
lazyFn('pbkdf2Sync', kdf);
fn('generateKeyPair', keygen().generateKeyPair);
lazyFn('generateKeyPairSync', keygen);
fn('generateKey', generateKey);
fn('generateKeySync', generateKeySync);
lazyFn('privateDecrypt', sig);
lazyFn('privateEncrypt', sig);
lazyFn('publicDecrypt', sig);
lazyFn('publicEncrypt', sig);
fn('randomBytes', random.randomBytes);
fn('randomFill', random.randomFill);
fn('randomFillSync', random.randomFillSync);
fn('randomInt', random.randomInt);
fn('randomUUID', random.randomUUID);
lazyFn('scrypt', kdf);
lazyFn('scryptSync', kdf);
lazyFn('sign', sig);
fn('setEngine', setEngine);
fn('timingSafeEqual', timingSafeEqual);
fn('getFips', getFips);
fn('setFips', setFips);
lazyFn('verify', sig);
fn('hash', hash);
fn('Certificate', require('internal/crypto/certificate'));
fn('Cipher', cipher().Cipher);
fn('Cipheriv', null);
fn('Decipher', cipher().Decipher);
fn('Decipheriv', null);
fn('DiffieHellman', dh().DiffieHellman);
fn('DiffieHellmanGroup', dh().DiffieHellmanGroup);
fn('ECDH', dh().ECDH);
fn('Hash', Hash);
fn('Hmac', Hmac);
fn('KeyObject', KeyObject);
fn('Sign', sig().Sign);
fn('Verify', sig().Verify);


fn('X509Certificate', require('internal/crypto/x509').X509Certificate);
fn('secureHeapUsed', secureHeapUsed);
fn('constants', constants);

for (const name of ['Cipheriv', 'Decipheriv']) {
  Object.defineProperty(exp, name, {
    __proto__: null, enumerable: true, configurable: true,
    get() { return cipher()[name]; },
    set(v) { Object.defineProperty(exp, name, { value: v, writable: true, enumerable: true, configurable: true }); },
  });
}
Object.defineProperty(exp, 'webcrypto', {
  __proto__: null, enumerable: true, configurable: false,
  get() { return web().crypto; },
});
Object.defineProperty(exp, 'subtle', {
  __proto__: null, enumerable: true, configurable: false,
  get() { return web().crypto.subtle; },
});
fn('getRandomValues', function getRandomValues(array) {
  return web().crypto.getRandomValues(array);
});

// Non-enumerable legacy names.
for (const [name, value] of [
  ['createCipher', function createCipher(...args) { return cipher().createCipher(...args); }],
  ['createDecipher', function createDecipher(...args) { return cipher().createDecipher(...args); }],
  ['prng', random.randomBytes],
  ['pseudoRandomBytes', random.randomBytes],
  ['rng', random.randomBytes],
]) {
  Object.defineProperty(exp, name, {
    __proto__: null, value, writable: true, enumerable: false, configurable: true,
  });
}
Object.defineProperty(exp, 'fips', {
  __proto__: null, enumerable: false, configurable: true,
  get: getFips,
  set: setFips,
});
