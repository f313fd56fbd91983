'use strict';

// KeyObject and the key inputs of the crypto module. A secret key holds
// its bytes; an asymmetric key holds its canonical DER (PKCS#8 for a
// private key, SPKI for a public one) as the binding made it, and every
// operation hands that DER back to the binding, which parses it again.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
  },
  getBinding,
  lazyBuffer,
  isArrayBufferView,
  isAnyArrayBuffer,
  toBytes,
} = require('internal/crypto/util');
const { validateObject, validateString } = require('internal/validators');

const kKeyType = Symbol('kKeyType');
const kKeyData = Symbol('kKeyData');
const kAsymType = Symbol('kAsymmetricKeyType');
const kDetails = Symbol('kAsymmetricKeyDetails');

const keyInputTypes = ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];

class KeyObject {
  constructor(type, handle) {
    if (type !== 'secret' && type !== 'public' && type !== 'private') {
      throw new ERR_INVALID_ARG_VALUE('type', type);
    }
    if (handle === null || typeof handle !== 'object' || !(kKeyData in handle)) {
      throw new ERR_INVALID_ARG_TYPE('handle', 'object', handle);
    }
    this[kKeyType] = type;
    Object.defineProperty(this, kKeyData, { __proto__: null, value: handle[kKeyData], enumerable: false });
    if (handle[kAsymType] !== undefined) {
      Object.defineProperty(this, kAsymType, { __proto__: null, value: handle[kAsymType], enumerable: false });
    }
  }

  get type() {
    return this[kKeyType];
  }

  equals(otherKeyObject) {
    if (!(otherKeyObject instanceof KeyObject)) {
      throw new ERR_INVALID_ARG_TYPE('otherKeyObject', 'KeyObject', otherKeyObject);
    }
    if (otherKeyObject.type !== this.type) return false;
    const a = this[kKeyData];
    const b = otherKeyObject[kKeyData];
    return a.length === b.length && getBinding().timingSafeEqual(a, b);
  }

  // Structured clone (postMessage, structuredClone): the key's type and
  // bytes; reviveKeyObject makes it again.
  [Symbol.for('wqnode.hostClone')]() {
    return ['crypto.KeyObject', {
      type: this[kKeyType], data: new Uint8Array(this[kKeyData]), asym: this[kAsymType],
    }];
  }

  static from(key) {
    if (key === null || typeof key !== 'object' || key.constructor?.name !== 'CryptoKey') {
      throw new ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
    }
    const { getSecretBytes } = require('internal/crypto/webcrypto');
    const b = getSecretBytes(key);
    if (!b) throw new ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
    return new SecretKeyObject({ [kKeyData]: new Uint8Array(b) });
  }
}

Object.defineProperty(KeyObject.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'KeyObject', writable: false, enumerable: false, configurable: true,
});

class SecretKeyObject extends KeyObject {
  constructor(handle) {
    super('secret', handle);
  }

  get symmetricKeySize() {
    return this[kKeyData].length;
  }

  export(options) {
    if (options !== undefined) {
      validateObject(options, 'options');
      if (options.format === 'jwk') {
        return { kty: 'oct', k: lazyBuffer().from(this[kKeyData]).toString('base64url') };
      }
      if (options.format !== undefined && options.format !== 'buffer') {
        throw new ERR_INVALID_ARG_VALUE('options.format', options.format);
      }
    }
    return lazyBuffer().from(this[kKeyData]);
  }
}

// jwkOrder: a JWK with its members in the order Node writes them.
const kJwkOrder = {
  __proto__: null,
  RSA: ['kty', 'n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi'],
  EC: ['kty', 'x', 'y', 'crv', 'd'],
  OKP: ['crv', 'd', 'x', 'kty'],
};
function jwkOrder(jwk) {
  const order = kJwkOrder[jwk.kty];
  if (!order) return jwk;
  const out = {};
  for (const k of order) if (jwk[k] !== undefined) out[k] = jwk[k];
  for (const k of Object.keys(jwk)) if (!(k in out)) out[k] = jwk[k];
  return out;
}

class AsymmetricKeyObject extends KeyObject {
  get asymmetricKeyType() {
    return this[kAsymType];
  }

  get asymmetricKeyDetails() {
    if (this[kDetails] === undefined) {
      const raw = JSON.parse(getBinding().keyDetails(this[kKeyData], this.type === 'private'));
      const d = {};
      for (const name of ['modulusLength', 'publicExponent', 'hashAlgorithm', 'mgf1HashAlgorithm',
        'saltLength', 'divisorLength', 'namedCurve']) {
        if (raw[name] !== undefined) d[name] = raw[name];
      }
      if (d.publicExponent !== undefined) d.publicExponent = BigInt(d.publicExponent);
      Object.defineProperty(this, kDetails, { __proto__: null, value: d, enumerable: false });
    }
    return { ...this[kDetails] };
  }

  export(options) {
    validateObject(options, 'options');
    const priv = this.type === 'private';
    const { format } = options;
    if (format === 'jwk') {
      return jwkOrder(JSON.parse(getBinding().keyExportJWK(this[kKeyData], priv, false)));
    }
    if (format !== undefined && format !== 'pem' && format !== 'der') {
      throw new ERR_INVALID_ARG_VALUE('options.format', format);
    }
    const { type } = options;
    const allowed = priv ? ['pkcs1', 'pkcs8', 'sec1'] : ['pkcs1', 'spki'];
    if (!allowed.includes(type)) throw new ERR_INVALID_ARG_VALUE('options.type', type);
    let { cipher, passphrase } = options;
    if (priv) {
      if (cipher !== undefined) {
        validateString(cipher, 'options.cipher');
        if (passphrase === undefined) throw new ERR_INVALID_ARG_VALUE('options.passphrase', passphrase);
        passphrase = passphraseBytes(passphrase, options.encoding, 'options.passphrase');
      } else if (passphrase !== undefined) {
        throw new ERR_INVALID_ARG_VALUE('options.cipher', cipher);
      }
    } else {
      cipher = passphrase = undefined;
    }
    const out = getBinding().keyExport(this[kKeyData], priv, format === 'der' ? 'der' : 'pem',
                                       type, cipher, passphrase);
    const B = lazyBuffer();
    return format === 'der' ? B.from(out) : B.from(out).toString('latin1');
  }
}

class PublicKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('public', handle);
  }
}

class PrivateKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('private', handle);
  }
}

function passphraseBytes(p, encoding, name) {
  if (typeof p === 'string') return toBytes(p, encoding);
  if (isArrayBufferView(p) || isAnyArrayBuffer(p)) return toBytes(p);
  throw new ERR_INVALID_ARG_VALUE(name, p);
}

// keyFromBinding builds the KeyObject of a [type, der, isPrivate] triple.
function keyFromBinding([asym, der, isPrivate]) {
  const handle = { [kKeyData]: new Uint8Array(der), [kAsymType]: asym };
  return isPrivate ? new PrivateKeyObject(handle) : new PublicKeyObject(handle);
}

function createSecretKey(key, encoding) {
  let bytes;
  if (typeof key === 'string') bytes = toBytes(key, encoding);
  else if (isArrayBufferView(key) || isAnyArrayBuffer(key)) bytes = toBytes(key);
  else throw new ERR_INVALID_ARG_TYPE('key', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], key);
  return new SecretKeyObject({ [kKeyData]: new Uint8Array(bytes) });
}

const kctors = ['RSA', 'EC', 'OKP'];
const kcurves = { EC: ['P-256', 'secp256k1', 'P-384', 'P-521'], OKP: ['Ed25519', 'Ed448', 'X25519', 'X448'] };

function importJWK(jwk, wantPrivate) {
  validateObject(jwk, 'key.key');
  const { kty } = jwk;
  if (!kctors.includes(kty)) {
    throw new ERR_INVALID_ARG_VALUE('key.kty', kty, "must be one of: 'RSA', 'EC', 'OKP'");
  }
  if (kty !== 'RSA') {
    const crvs = kcurves[kty];
    if (!crvs.includes(jwk.crv)) {
      throw new ERR_INVALID_ARG_VALUE('key.crv', jwk.crv, `must be one of: ${crvs.map((c) => `'${c}'`).join(', ')}`);
    }
  }
  const isPrivate = wantPrivate || (wantPrivate === false ? false : jwk.d !== undefined);
  const fields = {};
  for (const f of ['kty', 'crv', 'n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi', 'x', 'y']) {
    if (jwk[f] !== undefined) {
      if (typeof jwk[f] !== 'string') {
        throw new ERR_INVALID_ARG_TYPE(`key.${f}`, 'string', jwk[f]);
      }
      fields[f] = jwk[f];
    }
  }
  if (wantPrivate && fields.d === undefined) {
    throw new ERR_INVALID_ARG_TYPE('key.d', 'string', undefined);
  }
  return keyFromBinding(getBinding().keyImportJWK(JSON.stringify(fields), isPrivate));
}

// parseKeyInput reads the key argument of createPrivateKey and friends:
// returns a KeyObject for a KeyObject (or CryptoKey), else the binding's
// import of the data. kind is 'private', 'public' (createPublicKey: a
// private key's public half) or 'any' (sign/verify/encrypt: whatever the
// data holds).
function prepareAsymmetricKey(key, kind, name = 'key') {
  if (key instanceof KeyObject) return { keyObject: key };
  if (typeof key === 'string' || isArrayBufferView(key) || isAnyArrayBuffer(key)) {
    return { data: toBytes(key), format: 'pem' };
  }
  if (key !== null && typeof key === 'object') {
    const { key: data, encoding, format } = key;
    if (data instanceof KeyObject) return { keyObject: data, options: key };
    if (format === 'jwk') {
      return { jwk: data, options: key };
    }
    if (typeof data === 'string' || isArrayBufferView(data) || isAnyArrayBuffer(data)) {
      if (format !== undefined && format !== 'pem' && format !== 'der') {
        throw new ERR_INVALID_ARG_VALUE('options.format', format);
      }
      let passphrase;
      if (key.passphrase !== undefined) {
        passphrase = passphraseBytes(key.passphrase, encoding, 'options.passphrase');
      }
      const fmt = format || 'pem';
      let type;
      if (fmt === 'der') {
        type = key.type;
        const ok = kind === 'private' ? ['pkcs1', 'pkcs8', 'sec1'] :
          kind === 'public' ? ['pkcs1', 'spki', 'pkcs8', 'sec1'] : ['pkcs1', 'spki', 'pkcs8', 'sec1'];
        if (!ok.includes(type)) throw new ERR_INVALID_ARG_VALUE('options.type', type);
      }
      return { data: toBytes(data, encoding), format: fmt, type, passphrase, options: key };
    }
    if (key.constructor?.name === 'CryptoKey') return { keyObject: KeyObject.from(key) };
    const t = kind === 'private' ? keyInputTypes : [...keyInputTypes, 'KeyObject', 'CryptoKey'];
    throw new ERR_INVALID_ARG_TYPE(`${name}.key`, ['string', ...t], data);
  }
  const t = kind === 'private' ? keyInputTypes : [...keyInputTypes, 'KeyObject', 'CryptoKey'];
  throw new ERR_INVALID_ARG_TYPE(name, ['string', ...t], key);
}

function importKey(p, wantPublic) {
  const b = getBinding();
  if (p.jwk !== undefined) return importJWK(p.jwk, wantPublic ? false : undefined);
  const spkiLike = p.type === 'spki' || (wantPublic && p.type === 'pkcs1');
  return keyFromBinding(b.keyImport(p.data, p.format, p.type, p.passphrase, wantPublic || spkiLike));
}

function toPublic(k) {
  if (k.type !== 'private') return k;
  return keyFromBinding([k[kAsymType], getBinding().keyPublic(k[kKeyData]), false]);
}

function createPublicKey(key) {
  const p = prepareAsymmetricKey(key, 'public');
  if (p.keyObject) {
    const k = p.keyObject;
    if (k.type === 'secret') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(k.type, 'private');
    return toPublic(k);
  }
  if (p.jwk !== undefined) return toPublic(importJWK(p.jwk, undefined));
  // A DER private key as createPublicKey's input.
  if (p.format === 'der' && p.type !== 'spki' && p.type !== 'pkcs1') {
    return toPublic(keyFromBinding(getBinding().keyImport(p.data, 'der', p.type, p.passphrase, false)));
  }
  if (p.format === 'der' && p.type === 'pkcs1') {
    return toPublic(keyFromBinding(getBinding().keyImport(p.data, 'der', 'pkcs1', p.passphrase, true)));
  }
  return importKey(p, true);
}

function createPrivateKey(key) {
  if (key instanceof KeyObject ||
      (key !== null && typeof key === 'object' && key.key instanceof KeyObject)) {
    throw new ERR_INVALID_ARG_TYPE('key', ['string', ...keyInputTypes],
                                   key instanceof KeyObject ? key : key.key);
  }
  const p = prepareAsymmetricKey(key, 'private');
  if (p.jwk !== undefined) return importJWK(p.jwk, true);
  return importKey(p, false);
}

// getKeyObject(key, kind): the KeyObject of a sign/verify/encrypt key
// argument. kind 'private' requires private material, 'public' accepts
// both (a private key acts through its public half).
function getKeyObject(key, kind, name = 'key') {
  const p = prepareAsymmetricKey(key, kind === 'private' ? 'private' : 'any', name);
  let k = p.keyObject;
  if (!k) {
    if (p.jwk !== undefined) {
      k = importJWK(p.jwk, kind === 'private' ? true : undefined);
    } else if (kind === 'public' && p.format === 'pem') {
      // A PEM may hold either half.
      const b = getBinding();
      try {
        k = keyFromBinding(b.keyImport(p.data, 'pem', undefined, p.passphrase, false));
      } catch (e) {
        if (e.code !== 'ERR_OSSL_UNSUPPORTED') throw e;
        k = keyFromBinding(b.keyImport(p.data, 'pem', undefined, p.passphrase, true));
      }
    } else if (kind === 'public' && (p.type === 'spki' || p.type === 'pkcs1')) {
      k = importKey(p, true);
    } else {
      k = importKey(p, false);
    }
  }
  if (kind === 'private' && k.type !== 'private') {
    throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(k.type, 'private');
  }
  if (k.type === 'secret') {
    throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE('secret', kind === 'private' ? 'private' : 'private or public');
  }
  return { keyObject: k, options: p.options };
}

function isKeyObject(k) {
  return k instanceof KeyObject;
}

function reviveKeyObject({ type, data, asym }) {
  if (type === 'secret') return new SecretKeyObject({ [kKeyData]: data });
  return keyFromBinding([asym, data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength),
    type === 'private']);
}

module.exports = {
  reviveKeyObject,
  KeyObject,
  SecretKeyObject,
  PublicKeyObject,
  PrivateKeyObject,
  createSecretKey,
  createPublicKey,
  createPrivateKey,
  getKeyObject,
  keyFromBinding,
  isKeyObject,
  kKeyData,
  kAsymType,
};
