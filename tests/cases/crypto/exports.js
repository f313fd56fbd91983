const crypto = require('node:crypto');
const keys = Object.keys(crypto);
const expected = ['checkPrime', 'createCipheriv', 'createDecipheriv', 'createHash', 'createHmac', 'createSign', 'createVerify',
  'createSecretKey', 'generateKeyPairSync', 'getCiphers', 'getHashes', 'hkdfSync', 'pbkdf2Sync', 'randomBytes', 'randomFillSync',
  'randomInt', 'randomUUID', 'scryptSync', 'timingSafeEqual', 'hash', 'Hash', 'Hmac', 'KeyObject', 'X509Certificate',
  'constants', 'webcrypto', 'subtle', 'getRandomValues', 'Cipheriv', 'Decipheriv', 'DiffieHellman', 'ECDH', 'Sign', 'Verify'];
for (const k of expected) console.log(k, keys.includes(k), typeof crypto[k]);
console.log(keys.length >= 60);
console.log(require('crypto') === crypto, typeof crypto.pseudoRandomBytes, typeof crypto.createCipher);
console.log(crypto.getFips(), crypto.fips, JSON.stringify(crypto.secureHeapUsed()));
console.log(crypto.constants.RSA_PKCS1_PADDING, crypto.constants.SSL_OP_NO_TLSv1, typeof crypto.constants.defaultCipherList);
console.log(Array.isArray(crypto.getCurves()));
