'use strict';

// Web Crypto: the Crypto object (globalThis.crypto in Node 20), with
// getRandomValues, randomUUID and a SubtleCrypto over the crypto module's
// own primitives: digest, and the secret-key algorithms (AES-GCM, AES-CBC,
// AES-CTR, AES-KW, HMAC, PBKDF2, HKDF) for generateKey, importKey,
// exportKey, encrypt, decrypt, sign, verify, deriveBits, deriveKey, wrapKey
// and unwrapKey. Public-key algorithms reject with NotSupportedError.

const {
  codes: {
    ERR_INVALID_THIS,
    ERR_ILLEGAL_CONSTRUCTOR,
  },
  getBinding,
  lazyBuffer,
  isArrayBufferView,
  isAnyArrayBuffer,
} = require('internal/crypto/util');

const kInternal = Symbol('kInternal');

function codedTypeError(message, code) {
  const err = new TypeError(message);
  Object.defineProperty(err, 'code', {
    __proto__: null, value: code, enumerable: true, writable: true, configurable: true,
  });
  return err;
}

function missingArgs(method, iface, required, present) {
  return codedTypeError(
    `Failed to execute '${method}' on '${iface}': ${required} argument${required === 1 ? '' : 's'} ` +
    `required, but only ${present} present.`, 'ERR_MISSING_ARGS');
}

function domException(message, name) {
  const { DOMException } = require('internal/abort_controller');
  return new DOMException(message, name);
}

const kSlots = Symbol('kSlots');

class CryptoKey {
  constructor(key = undefined) {
    if (key !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }
  get type() { return slots(this).type; }
  get extractable() { return slots(this).extractable; }
  get algorithm() { return slots(this).algorithm; }
  get usages() { return slots(this).usages; }
  get [Symbol.toStringTag]() { return 'CryptoKey'; }
  [Symbol.for('wqnode.hostClone')]() {
    const s = slots(this);
    return ['crypto.CryptoKey', {
      type: s.type, extractable: s.extractable, algorithm: s.algorithm, usages: s.usages.slice(),
      secret: s.secret,
    }];
  }
  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `CryptoKey ${inspect({
      type: this.type, extractable: this.extractable, algorithm: this.algorithm, usages: this.usages,
    }, opts)}`;
  }
}
for (const k of ['type', 'extractable', 'algorithm', 'usages']) {
  const d = Object.getOwnPropertyDescriptor(CryptoKey.prototype, k);
  d.enumerable = true;
  Object.defineProperty(CryptoKey.prototype, k, d);
}

function slots(key) {
  const s = key?.[kSlots];
  if (s === undefined) throw new ERR_INVALID_THIS('CryptoKey');
  return s;
}

function isCryptoKey(v) {
  return v !== null && typeof v === 'object' && v[kSlots] !== undefined;
}

function makeKey(type, extractable, algorithm, usages, secret) {
  const key = new CryptoKey(kInternal);
  Object.defineProperty(key, kSlots, {
    __proto__: null,
    value: { type, extractable, algorithm, usages: Object.freeze(usages.slice()), secret },
  });
  return key;
}

function reviveCryptoKey({ type, extractable, algorithm, usages, secret }) {
  return makeKey(type, extractable, algorithm, usages, secret);
}

// getSecretBytes(key): the raw bytes of a secret CryptoKey, or undefined.
function getSecretBytes(key) {
  if (!isCryptoKey(key)) return undefined;
  return key[kSlots].secret;
}

const digests = {
  __proto__: null, 'sha-1': 'sha1', 'sha-256': 'sha256', 'sha-384': 'sha384', 'sha-512': 'sha512',
};

// ---------------------------------------------------------------------------
// Algorithms.

const kHashes = { __proto__: null, 'sha-1': 'SHA-1', 'sha-256': 'SHA-256', 'sha-384': 'SHA-384', 'sha-512': 'SHA-512' };
const kAlgorithms = {
  __proto__: null,
  'aes-gcm': 'AES-GCM', 'aes-cbc': 'AES-CBC', 'aes-ctr': 'AES-CTR', 'aes-kw': 'AES-KW',
  'hmac': 'HMAC', 'pbkdf2': 'PBKDF2', 'hkdf': 'HKDF',
};
const kPublicKeyAlgorithms = ['rsassa-pkcs1-v1_5', 'rsa-pss', 'rsa-oaep', 'ecdsa', 'ecdh', 'ed25519',
  'ed448', 'x25519', 'x448'];

function opError(message) {
  return domException(message, 'OperationError');
}

function accessError(message = 'The requested operation is not valid for the provided key') {
  return domException(message, 'InvalidAccessError');
}

// normalize: the algorithm object with its canonical name; a string is
// { name }.
function normalize(algorithm) {
  let alg = algorithm;
  if (typeof alg === 'string') alg = { name: alg };
  if (alg === null || typeof alg !== 'object') {
    throw codedTypeError('Failed to normalize algorithm: ' +
      'The provided value is not of type \'(object or DOMString)\'.', 'ERR_INVALID_ARG_TYPE');
  }
  if (alg.name === undefined) {
    throw codedTypeError("Failed to normalize algorithm: 'name' is required in 'Algorithm'.", 'ERR_MISSING_OPTION');
  }
  const lower = String(alg.name).toLowerCase();
  const name = kAlgorithms[lower];
  if (name === undefined) {
    if (kPublicKeyAlgorithms.includes(lower)) {
      throw domException(`${alg.name} is not supported in wqnode's Web Crypto`, 'NotSupportedError');
    }
    throw domException('Unrecognized algorithm name', 'NotSupportedError');
  }
  return { ...alg, name };
}

function hashOf(alg, dict) {
  const h = alg.hash;
  if (h === undefined) {
    throw codedTypeError(`Failed to normalize algorithm: passed algorithm can not be converted to '${dict}' ` +
      `because 'hash' is required in '${dict}'.`, 'ERR_MISSING_OPTION');
  }
  const name = kHashes[String(typeof h === 'object' && h !== null ? h.name : h).toLowerCase()];
  if (name === undefined) throw domException('Unrecognized algorithm name', 'NotSupportedError');
  return name;
}

function nodeHash(name) {
  return digests[name.toLowerCase()];
}

function bufferSource(data, what) {
  if (isArrayBufferView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength).slice();
  if (isAnyArrayBuffer(data)) return new Uint8Array(data).slice();
  throw codedTypeError(`Failed to execute '${what}' on 'SubtleCrypto': ` +
    'argument is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.', 'ERR_INVALID_ARG_TYPE');
}

function toArrayBuffer(u8) {
  return u8.buffer.slice(u8.byteOffset, u8.byteOffset + u8.byteLength);
}

const kAesUsages = {
  __proto__: null,
  'AES-GCM': ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
  'AES-CBC': ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
  'AES-CTR': ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
  'AES-KW': ['wrapKey', 'unwrapKey'],
};

function checkUsages(usages, allowed, kind) {
  if (!Array.isArray(usages)) {
    throw codedTypeError("Failed to execute on 'SubtleCrypto': keyUsages is not a sequence.", 'ERR_INVALID_ARG_TYPE');
  }
  const out = [];
  for (const u of usages) {
    if (!allowed.includes(u)) throw domException(`Unsupported key usage for ${kind}`, 'SyntaxError');
    if (!out.includes(u)) out.push(u);
  }
  if (out.length === 0) {
    throw domException('Usages cannot be empty when importing a secret key.', 'SyntaxError');
  }
  return out;
}

function secretKey(alg, bytes, extractable, usages, generated = false) {
  const name = alg.name;
  if (kAesUsages[name]) {
    if (bytes.length !== 16 && bytes.length !== 24 && bytes.length !== 32) {
      throw domException('Invalid key length', 'DataError');
    }
    if (alg.length !== undefined && alg.length !== bytes.length * 8) {
      throw domException('Invalid key length', 'DataError');
    }
    const u = checkUsages(usages, kAesUsages[name], 'an AES key');
    return makeKey('secret', !!extractable, { name, length: bytes.length * 8 }, u, bytes);
  }
  if (name === 'HMAC') {
    const hash = hashOf(alg, 'HmacImportParams');
    if (bytes.length === 0) throw domException('Zero-length key is not supported', 'DataError');
    let len = bytes.length * 8;
    if (alg.length !== undefined) {
      if (alg.length > len || alg.length <= len - 8) throw domException('Invalid key length', 'DataError');
      len = alg.length;
    }
    const u = checkUsages(usages, ['sign', 'verify'], 'an HMAC key');
    // (Node lists an imported key's hash first, a generated one's last.)
    const a = generated ? { name, length: len, hash: { name: hash } } : { name, hash: { name: hash }, length: len };
    return makeKey('secret', !!extractable, a, u, bytes);
  }
  // PBKDF2, HKDF
  if (extractable) throw domException(`${name} keys are not extractable`, 'SyntaxError');
  const u = checkUsages(usages, ['deriveKey', 'deriveBits'], `a ${name} key`);
  return makeKey('secret', false, { name }, u, bytes);
}

function importSecret(format, keyData, alg, extractable, usages) {
  if (format === 'raw') return secretKey(alg, bufferSource(keyData, 'importKey'), extractable, usages);
  if (format === 'jwk') {
    if (alg.name === 'PBKDF2' || alg.name === 'HKDF') {
      throw domException(`Unable to import ${alg.name} key with format ${format}`, 'NotSupportedError');
    }
    if (keyData === null || typeof keyData !== 'object') {
      throw codedTypeError('The "keyData" argument must be of type object.', 'ERR_INVALID_ARG_TYPE');
    }
    if (keyData.kty !== 'oct') throw domException('Invalid JWK "kty" Parameter', 'DataError');
    if (typeof keyData.k !== 'string') throw domException('Invalid JWK secret key format', 'DataError');
    if (keyData.ext === false && extractable) {
      throw domException('JWK "ext" Parameter and extractable mismatch', 'DataError');
    }
    const bytes = new Uint8Array(lazyBuffer().from(keyData.k, 'base64url'));
    const key = secretKey(alg, bytes, extractable, usages);
    const expect = jwkAlg(key);
    if (keyData.alg !== undefined && keyData.alg !== expect) {
      throw domException('JWK "alg" does not match the requested algorithm', 'DataError');
    }
    return key;
  }
  throw domException(`Unable to import ${alg.name} key with format ${format}`, 'NotSupportedError');
}

function jwkAlg(key) {
  const a = key.algorithm;
  if (a.name === 'HMAC') return `HS${a.hash.name.slice(4)}`;
  return `A${a.length}${a.name.slice(4)}`;
}

function generateSecret(alg, extractable, usages) {
  let len;
  if (kAesUsages[alg.name]) {
    len = alg.length;
    if (len !== 128 && len !== 192 && len !== 256) throw opError('AES key length must be 128, 192, or 256 bits');
  } else if (alg.name === 'HMAC') {
    const hash = hashOf(alg, 'HmacKeyGenParams');
    len = alg.length ?? (hash === 'SHA-384' || hash === 'SHA-512' ? 1024 : 512);
    if (len === 0) throw opError('Zero-length key is not supported');
  } else {
    throw domException('Unrecognized algorithm name', 'NotSupportedError');
  }
  const bytes = new Uint8Array(Math.ceil(len / 8));
  require('internal/crypto/random').randomFillSync(bytes);
  return secretKey({ ...alg, length: len }, bytes, extractable, usages, true);
}

function checkKey(key, name, usage, message) {
  if (!isCryptoKey(key)) {
    throw codedTypeError('The "key" argument must be an instance of CryptoKey.', 'ERR_INVALID_ARG_TYPE');
  }
  const s = key[kSlots];
  if (s.algorithm.name !== name || !s.usages.includes(usage)) throw accessError(message);
  return s;
}

function aesCipherName(s, mode) {
  return `aes-${s.algorithm.length}-${mode}`;
}

function aesCrypt(alg, s, data, decrypt) {
  const { createCipheriv, createDecipheriv } = require('internal/crypto/cipher');
  const make = decrypt ? createDecipheriv : createCipheriv;
  const Buffer = lazyBuffer();
  switch (alg.name) {
    case 'AES-CBC': {
      const iv = bufferSource(alg.iv, 'encrypt');
      if (iv.length !== 16) throw opError('algorithm.iv must contain exactly 16 bytes');
      try {
        const c = make(aesCipherName(s, 'cbc'), s.secret, iv);
        return Buffer.concat([c.update(data), c.final()]);
      } catch {
        throw opError('The operation failed for an operation-specific reason');
      }
    }
    case 'AES-CTR': {
      const counter = bufferSource(alg.counter, 'encrypt');
      if (counter.length !== 16) throw opError('algorithm.counter must contain exactly 16 bytes');
      const { length } = alg;
      if (typeof length !== 'number' || length < 1 || length > 128) {
        throw opError('AES-CTR algorithm.length must be between 1 and 128');
      }
      // The counter is the low `length` bits; the rest of the block is
      // the nonce, kept while the counter wraps.
      const out = new Uint8Array(data.length);
      const block = new Uint8Array(counter);
      let done = 0;
      while (done < data.length) {
        const left = blocksBeforeWrap(block, length);
        const n = Math.min(data.length - done, left * 16);
        const c = createCipheriv(aesCipherName(s, 'ctr'), s.secret, block);
        out.set(c.update(data.subarray(done, done + n)), done);
        done += n;
        if (done < data.length) wrapCounter(block, length);
      }
      return out;
    }
    case 'AES-GCM': {
      const iv = bufferSource(alg.iv, 'encrypt');
      const tagLength = alg.tagLength ?? 128;
      if (![32, 64, 96, 104, 112, 120, 128].includes(tagLength)) {
        throw opError(`${tagLength} is not a valid AES-GCM tag length`);
      }
      if (iv.length === 0) throw opError('algorithm.iv must contain at least 1 byte');
      const aad = alg.additionalData !== undefined ? bufferSource(alg.additionalData, 'encrypt') : undefined;
      const tl = tagLength / 8;
      if (decrypt) {
        if (data.length < tl) throw opError('The provided data is too small.');
        try {
          const c = createDecipheriv(aesCipherName(s, 'gcm'), s.secret, iv, { authTagLength: tl });
          c.setAuthTag(data.subarray(data.length - tl));
          if (aad) c.setAAD(aad);
          return Buffer.concat([c.update(data.subarray(0, data.length - tl)), c.final()]);
        } catch {
          throw opError('The operation failed for an operation-specific reason');
        }
      }
      const c = createCipheriv(aesCipherName(s, 'gcm'), s.secret, iv, { authTagLength: tl });
      if (aad) c.setAAD(aad);
      return Buffer.concat([c.update(data), c.final(), c.getAuthTag()]);
    }
    case 'AES-KW': {
      try {
        const c = make(`id-aes${s.algorithm.length}-wrap`, s.secret, lazyBuffer().from('A6A6A6A6A6A6A6A6', 'hex'));
        return Buffer.concat([c.update(data), c.final()]);
      } catch {
        throw opError('The operation failed for an operation-specific reason');
      }
    }
  }
  throw domException('Unrecognized algorithm name', 'NotSupportedError');
}

// blocksBeforeWrap: how many blocks the low `bits` of block count before
// they wrap to zero (capped, as JS numbers are).
function blocksBeforeWrap(block, bits) {
  let left = 0;
  let scale = 1;
  for (let i = 0; i < bits && scale < 2 ** 40; i += 8) {
    const byte = block[15 - i / 8];
    const mask = bits - i >= 8 ? 0xff : (1 << (bits - i)) - 1;
    left += ((~byte) & mask) * scale;
    scale *= mask + 1;
  }
  return left + 1;
}

function wrapCounter(block, bits) {
  for (let i = 0; i < bits; i += 8) {
    const mask = bits - i >= 8 ? 0xff : (1 << (bits - i)) - 1;
    block[15 - i / 8] &= ~mask;
  }
}

function hmac(s, data) {
  const { createHmac } = require('crypto');
  return createHmac(nodeHash(s.algorithm.hash.name), s.secret).update(data).digest();
}

function deriveBits(alg, s, length) {
  if (length === null || length === undefined) throw opError('length cannot be null');
  if (length % 8 !== 0) throw opError('length must be a multiple of 8');
  const kdf = require('internal/crypto/kdf');
  const hash = nodeHash(hashOf(alg, alg.name === 'PBKDF2' ? 'Pbkdf2Params' : 'HkdfParams'));
  const salt = bufferSource(alg.salt, 'deriveBits');
  if (alg.name === 'PBKDF2') {
    const { iterations } = alg;
    if (!(iterations > 0)) throw opError('iterations cannot be zero');
    return new Promise((resolve, reject) => {
      kdf.pbkdf2(s.secret, salt, iterations, length / 8, hash, (err, out) => {
        if (err) reject(opError('The operation failed for an operation-specific reason'));
        else resolve(toArrayBuffer(out));
      });
    });
  }
  const info = bufferSource(alg.info, 'deriveBits');
  return new Promise((resolve, reject) => {
    kdf.hkdf(hash, s.secret, salt, info, length / 8, (err, out) => {
      if (err) reject(opError('The operation failed for an operation-specific reason'));
      else resolve(out);
    });
  });
}

function exportSecret(format, key) {
  if (!isCryptoKey(key)) {
    throw codedTypeError('The "key" argument must be an instance of CryptoKey.', 'ERR_INVALID_ARG_TYPE');
  }
  const s = key[kSlots];
  // (Node names this one InvalidAccessException.)
  if (!s.extractable) throw domException('key is not extractable', 'InvalidAccessException');
  if (format === 'raw') {
    if (s.algorithm.name === 'PBKDF2' || s.algorithm.name === 'HKDF') {
      throw domException(`Unable to export ${s.algorithm.name} key with format raw`, 'NotSupportedError');
    }
    return toArrayBuffer(s.secret);
  }
  if (format === 'jwk') {
    return {
      key_ops: s.usages.slice(), ext: s.extractable, kty: 'oct',
      k: lazyBuffer().from(s.secret).toString('base64url'), alg: jwkAlg(key),
    };
  }
  throw domException(`Unable to export a raw ${s.algorithm.name} key`, 'NotSupportedError');
}

function keyLengthFor(alg) {
  if (kAesUsages[alg.name]) return alg.length;
  if (alg.name === 'HMAC') {
    const h = hashOf(alg, 'HmacImportParams');
    return alg.length ?? (h === 'SHA-384' || h === 'SHA-512' ? 1024 : 512);
  }
  if (alg.name === 'HKDF' || alg.name === 'PBKDF2') return null;
  throw domException('Unrecognized algorithm name', 'NotSupportedError');
}

function checkThis(self, method, required, n) {
  if (!(self instanceof SubtleCrypto)) throw new ERR_INVALID_THIS('SubtleCrypto');
  if (n < required) throw missingArgs(method, 'SubtleCrypto', required, n);
}

const subtleMethods = {
  async encrypt(algorithm, key, data) {
    checkThis(this, 'encrypt', 3, arguments.length);
    const alg = normalize(algorithm);
    const bytes = bufferSource(data, 'encrypt');
    const s = checkKey(key, alg.name, 'encrypt');
    return toArrayBuffer(aesCrypt(alg, s, bytes, false));
  },
  async decrypt(algorithm, key, data) {
    checkThis(this, 'decrypt', 3, arguments.length);
    const alg = normalize(algorithm);
    const bytes = bufferSource(data, 'decrypt');
    const s = checkKey(key, alg.name, 'decrypt');
    return toArrayBuffer(aesCrypt(alg, s, bytes, true));
  },
  async sign(algorithm, key, data) {
    checkThis(this, 'sign', 3, arguments.length);
    const alg = normalize(algorithm);
    const bytes = bufferSource(data, 'sign');
    const s = checkKey(key, alg.name, 'sign', 'Unable to use this key to sign');
    if (alg.name !== 'HMAC') throw domException('Unrecognized algorithm name', 'NotSupportedError');
    return toArrayBuffer(hmac(s, bytes));
  },
  async verify(algorithm, key, signature, data) {
    checkThis(this, 'verify', 4, arguments.length);
    const alg = normalize(algorithm);
    const sig = bufferSource(signature, 'verify');
    const bytes = bufferSource(data, 'verify');
    const s = checkKey(key, alg.name, 'verify', 'Unable to use this key to verify');
    if (alg.name !== 'HMAC') throw domException('Unrecognized algorithm name', 'NotSupportedError');
    const mac = hmac(s, bytes);
    return mac.length === sig.length && getBinding().timingSafeEqual(mac, sig);
  },
  async generateKey(algorithm, extractable, keyUsages) {
    checkThis(this, 'generateKey', 3, arguments.length);
    return generateSecret(normalize(algorithm), extractable, keyUsages);
  },
  async deriveKey(algorithm, baseKey, derivedKeyAlgorithm, extractable, keyUsages) {
    checkThis(this, 'deriveKey', 5, arguments.length);
    const alg = normalize(algorithm);
    const dalg = normalize(derivedKeyAlgorithm);
    const s = checkKey(baseKey, alg.name, 'deriveKey');
    const length = keyLengthFor(dalg);
    if (length === null) throw opError('length cannot be null');
    const bits = await deriveBits(alg, s, length);
    return secretKey(dalg, new Uint8Array(bits), extractable, keyUsages);
  },
  async deriveBits(algorithm, baseKey, length) {
    checkThis(this, 'deriveBits', 2, arguments.length);
    const alg = normalize(algorithm);
    const s = checkKey(baseKey, alg.name, 'deriveBits');
    return deriveBits(alg, s, length);
  },
  async importKey(format, keyData, algorithm, extractable, keyUsages) {
    checkThis(this, 'importKey', 4, arguments.length);
    return importSecret(String(format), keyData, normalize(algorithm), extractable, keyUsages);
  },
  async exportKey(format, key) {
    checkThis(this, 'exportKey', 2, arguments.length);
    return exportSecret(String(format), key);
  },
  async wrapKey(format, key, wrappingKey, wrapAlgorithm) {
    checkThis(this, 'wrapKey', 4, arguments.length);
    const alg = normalize(wrapAlgorithm);
    const s = checkKey(wrappingKey, alg.name, 'wrapKey');
    let bytes = exportSecret(String(format), key);
    if (format === 'jwk') bytes = lazyBuffer().from(JSON.stringify(bytes));
    return toArrayBuffer(aesCrypt(alg, s, new Uint8Array(bytes), false));
  },
  async unwrapKey(format, wrappedKey, unwrappingKey, unwrapAlgorithm, unwrappedKeyAlgorithm, extractable,
                  keyUsages) {
    checkThis(this, 'unwrapKey', 7, arguments.length);
    const alg = normalize(unwrapAlgorithm);
    const s = checkKey(unwrappingKey, alg.name, 'unwrapKey');
    const plain = aesCrypt(alg, s, bufferSource(wrappedKey, 'unwrapKey'), true);
    let keyData = plain;
    if (format === 'jwk') {
      try {
        keyData = JSON.parse(lazyBuffer().from(plain).toString('utf8'));
      } catch {
        throw domException('Invalid wrapped JWK key', 'DataError');
      }
    }
    return importSecret(String(format), keyData, normalize(unwrappedKeyAlgorithm), extractable, keyUsages);
  },
};

class SubtleCrypto {
  constructor(key = undefined) {
    if (key !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  async digest(algorithm, data) {
    if (!(this instanceof SubtleCrypto)) throw new ERR_INVALID_THIS('SubtleCrypto');
    if (arguments.length < 2) throw missingArgs('digest', 'SubtleCrypto', 2, arguments.length);
    let name = algorithm;
    if (algorithm !== null && typeof algorithm === 'object') name = algorithm.name;
    if (typeof name !== 'string') {
      if (algorithm !== null && typeof algorithm === 'object' && algorithm.name === undefined) {
        throw codedTypeError(
          "Failed to normalize algorithm: 'name' is required in 'Algorithm'.", 'ERR_MISSING_OPTION');
      }
      name = String(name);
    }
    if (!isArrayBufferView(data) && !isAnyArrayBuffer(data)) {
      throw codedTypeError("Failed to execute 'digest' on 'SubtleCrypto': 2nd argument is not " +
                           'instance of ArrayBuffer, Buffer, TypedArray, or DataView.',
                           'ERR_INVALID_ARG_TYPE');
    }
    const alg = digests[name.toLowerCase()];
    if (alg === undefined) throw domException('Unrecognized algorithm name', 'NotSupportedError');
    const bytes = isArrayBufferView(data) ?
      new Uint8Array(data.buffer, data.byteOffset, data.byteLength).slice() :
      new Uint8Array(data).slice();
    const b = getBinding();
    const st = b.hashInit(alg);
    const next = b.hashUpdate(alg, st, bytes);
    return b.hashDigest(alg, next ?? st, -1);
  }

  get [Symbol.toStringTag]() { return 'SubtleCrypto'; }
}

for (const [method, fn] of Object.entries(subtleMethods)) {
  Object.defineProperty(SubtleCrypto.prototype, method, {
    __proto__: null, value: fn, writable: true, enumerable: true, configurable: true,
  });
}
// Node's order of SubtleCrypto.prototype's methods.
{
  const order = ['encrypt', 'decrypt', 'sign', 'verify', 'digest', 'generateKey', 'deriveKey',
    'deriveBits', 'importKey', 'exportKey', 'wrapKey', 'unwrapKey'];
  const descs = order.map((k) => [k, Object.getOwnPropertyDescriptor(SubtleCrypto.prototype, k)]);
  for (const [k] of descs) delete SubtleCrypto.prototype[k];
  for (const [k, d] of descs) {
    d.enumerable = true;
    Object.defineProperty(SubtleCrypto.prototype, k, d);
  }
}

const subtle = new SubtleCrypto(kInternal);

class Crypto {
  constructor(key = undefined) {
    if (key !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get subtle() {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    return subtle;
  }

  getRandomValues(array) {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    if (arguments.length < 1) throw missingArgs('getRandomValues', 'Crypto', 1, 0);
    return require('internal/crypto/random').getRandomValues(array);
  }

  randomUUID() {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    return require('internal/crypto/random').uuid();
  }

  get [Symbol.toStringTag]() { return 'Crypto'; }
}
for (const k of ['subtle', 'getRandomValues', 'randomUUID']) {
  const d = Object.getOwnPropertyDescriptor(Crypto.prototype, k);
  d.enumerable = true;
  Object.defineProperty(Crypto.prototype, k, d);
}
for (const C of [Crypto, SubtleCrypto, CryptoKey]) {
  const d = Object.getOwnPropertyDescriptor(C.prototype, Symbol.toStringTag);
  Object.defineProperty(C.prototype, Symbol.toStringTag, {
    __proto__: null, value: d.get.call(Object.create(C.prototype)), configurable: true,
  });
}

const crypto = new Crypto(kInternal);

module.exports = {
  Crypto,
  CryptoKey,
  SubtleCrypto,
  crypto,
  getSecretBytes,
  isCryptoKey,
  reviveCryptoKey,
};
