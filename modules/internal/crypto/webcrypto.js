'use strict';

// Web Crypto: the Crypto object (globalThis.crypto in Node 20), with
// getRandomValues, randomUUID and a SubtleCrypto whose digest() works; its
// other operations reject with ERR_METHOD_NOT_IMPLEMENTED.

const {
  codes: {
    ERR_INVALID_THIS,
    ERR_ILLEGAL_CONSTRUCTOR,
  },
  getBinding,
  isArrayBufferView,
  isAnyArrayBuffer,
  notImplemented,
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

class CryptoKey {
  constructor(key = undefined) {
    if (key !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }
  get [Symbol.toStringTag]() { return 'CryptoKey'; }
}

// getSecretBytes(key): the raw bytes of a secret CryptoKey (none are made
// yet; importKey is not implemented).
function getSecretBytes(key) {
  return undefined;
}

const digests = {
  __proto__: null, 'sha-1': 'sha1', 'sha-256': 'sha256', 'sha-384': 'sha384', 'sha-512': 'sha512',
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

for (const [method, required] of [
  ['encrypt', 3], ['decrypt', 3], ['sign', 3], ['verify', 4], ['generateKey', 3],
  ['deriveKey', 5], ['deriveBits', 2], ['importKey', 4], ['exportKey', 2], ['wrapKey', 4],
  ['unwrapKey', 7],
]) {
  const fn = {
    async [method](...args) {
      if (!(this instanceof SubtleCrypto)) throw new ERR_INVALID_THIS('SubtleCrypto');
      if (args.length < required) throw missingArgs(method, 'SubtleCrypto', required, args.length);
      throw notImplemented(`SubtleCrypto.${method}`);
    },
  }[method];
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
};
