'use strict';

// generateKeyPair and generateKeyPairSync: the binding makes the key (on
// the pool for the callback form) and returns its DER; the encodings the
// caller asked for are KeyObject exports.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_CRYPTO_INVALID_DIGEST,
  },
  getBinding,
  canonicalHash,
} = require('internal/crypto/util');
const { E, codes } = require('internal/errors');
const { validateObject, validateString, validateFunction, validateUint32, validateInt32 } =
  require('internal/validators');
const { keyFromBinding } = require('internal/crypto/keys');

if (!codes.ERR_CRYPTO_INVALID_CURVE) E('ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name', TypeError);
if (!codes.ERR_OUT_OF_RANGE) E('ERR_OUT_OF_RANGE', 'out of range', RangeError);

const kTypes = ['rsa', 'rsa-pss', 'dsa', 'ec', 'ed25519', 'ed448', 'x25519', 'x448', 'dh'];
const kSupported = ['rsa', 'rsa-pss', 'dsa', 'ec', 'ed25519', 'ed448', 'x25519', 'x448', 'dh'];
const kCurves = ['P-224', 'P-256', 'P-384', 'P-521', 'prime256v1', 'secp224r1', 'secp256r1', 'secp256k1',
  'secp384r1', 'secp521r1'];
const kMaxModulus = 8192;

let deprecatedHashWarned = false;
let deprecatedMgf1Warned = false;

function parseEncoding(enc, name, isPublic) {
  if (enc === undefined) return undefined;
  if (enc === null || typeof enc !== 'object') throw new ERR_INVALID_ARG_VALUE(`options.${name}`, enc);
  const { format, type } = enc;
  if (format !== 'pem' && format !== 'der' && format !== 'jwk') {
    throw new ERR_INVALID_ARG_VALUE(`options.${name}.format`, format);
  }
  if (format !== 'jwk') {
    const allowed = isPublic ? ['pkcs1', 'spki'] : ['pkcs1', 'pkcs8', 'sec1'];
    if (!allowed.includes(type)) throw new ERR_INVALID_ARG_VALUE(`options.${name}.type`, type);
  }
  const out = { format, type };
  if (!isPublic) {
    const { cipher, passphrase } = enc;
    if (cipher !== undefined || passphrase !== undefined) {
      if (format === 'jwk') throw new ERR_INVALID_ARG_VALUE(`options.${name}.cipher`, cipher);
      validateString(cipher, `options.${name}.cipher`);
      if (passphrase === undefined) throw new ERR_INVALID_ARG_VALUE(`options.${name}.passphrase`, passphrase);
      if (typeof passphrase !== 'string' && !ArrayBuffer.isView(passphrase)) {
        throw new ERR_INVALID_ARG_VALUE(`options.${name}.passphrase`, passphrase);
      }
      out.cipher = cipher;
      out.passphrase = passphrase;
    }
  }
  return out;
}

function checkArgs(type, options) {
  validateString(type, 'type');
  if (!kTypes.includes(type)) throw new ERR_INVALID_ARG_VALUE('type', type, 'must be a supported key type');
  const o = {};
  if (options !== undefined) validateObject(options, 'options');
  switch (type) {
    case 'rsa':
    case 'rsa-pss': {
      validateObject(options, 'options');
      const { modulusLength, publicExponent = 0x10001 } = options;
      validateUint32(modulusLength, 'options.modulusLength');
      validateUint32(publicExponent, 'options.publicExponent');
      if (modulusLength > kMaxModulus) {
        throw new codes.ERR_OUT_OF_RANGE('options.modulusLength', `<= ${kMaxModulus}`, modulusLength);
      }
      o.modulusLength = modulusLength;
      o.publicExponent = publicExponent;
      if (type === 'rsa-pss') {
        let { hashAlgorithm, mgf1HashAlgorithm, saltLength } = options;
        const { hash, mgf1Hash } = options;
        if (hash !== undefined) {
          if (!deprecatedHashWarned) {
            deprecatedHashWarned = true;
            process.emitWarning('"options.hash" is deprecated, use "options.hashAlgorithm" instead.',
                                'DeprecationWarning', 'DEP0154');
          }
          validateString(hash, 'options.hash');
          if (hashAlgorithm !== undefined && hashAlgorithm !== hash) {
            throw new ERR_INVALID_ARG_VALUE('options.hash', hash);
          }
          hashAlgorithm = hash;
        }
        if (mgf1Hash !== undefined) {
          if (!deprecatedMgf1Warned) {
            deprecatedMgf1Warned = true;
            process.emitWarning('"options.mgf1Hash" is deprecated, use "options.mgf1HashAlgorithm" instead.',
                                'DeprecationWarning', 'DEP0154');
          }
          validateString(mgf1Hash, 'options.mgf1Hash');
          if (mgf1HashAlgorithm !== undefined && mgf1HashAlgorithm !== mgf1Hash) {
            throw new ERR_INVALID_ARG_VALUE('options.mgf1Hash', mgf1Hash);
          }
          mgf1HashAlgorithm = mgf1Hash;
        }
        if (saltLength !== undefined) validateInt32(saltLength, 'options.saltLength', 0);
        if (hashAlgorithm !== undefined) {
          validateString(hashAlgorithm, 'options.hashAlgorithm');
          const h = canonicalHash(hashAlgorithm);
          if (h === undefined || h.startsWith('shake') || h === 'md5' || h === 'ripemd160') throw new ERR_CRYPTO_INVALID_DIGEST(hashAlgorithm);
          o.hashAlgorithm = h;
        }
        if (mgf1HashAlgorithm !== undefined) {
          validateString(mgf1HashAlgorithm, 'options.mgf1HashAlgorithm');
          const h = canonicalHash(mgf1HashAlgorithm);
          if (h === undefined || h.startsWith('shake') || h === 'md5' || h === 'ripemd160') {
            throw new ERR_CRYPTO_INVALID_DIGEST(mgf1HashAlgorithm);
          }
          o.mgf1HashAlgorithm = h;
        }
        if (saltLength !== undefined) o.saltLength = saltLength;
      }
      break;
    }
    case 'dsa': {
      validateObject(options, 'options');
      const { modulusLength, divisorLength } = options;
      validateUint32(modulusLength, 'options.modulusLength');
      if (divisorLength != null) validateInt32(divisorLength, 'options.divisorLength', 0);
      o.modulusLength = modulusLength;
      if (divisorLength != null) o.divisorLength = divisorLength;
      break;
    }
    case 'dh': {
      validateObject(options, 'options');
      const { group, primeLength, prime, generator } = options;
      if (group != null) {
        if (prime != null) throw new codes.ERR_INCOMPATIBLE_OPTION_PAIR('group', 'prime');
        if (primeLength != null) throw new codes.ERR_INCOMPATIBLE_OPTION_PAIR('group', 'primeLength');
        if (generator != null) throw new codes.ERR_INCOMPATIBLE_OPTION_PAIR('group', 'generator');
        validateString(group, 'options.group');
        o.group = group;
        break;
      }
      if (prime != null) {
        if (primeLength != null) throw new codes.ERR_INCOMPATIBLE_OPTION_PAIR('prime', 'primeLength');
        if (!ArrayBuffer.isView(prime)) {
          throw new ERR_INVALID_ARG_TYPE('options.prime', ['Buffer', 'TypedArray', 'DataView'], prime);
        }
        o.prime = require('buffer').Buffer.from(prime.buffer, prime.byteOffset, prime.byteLength).toString('hex');
      } else if (primeLength != null) {
        validateInt32(primeLength, 'options.primeLength', 0);
        o.primeLength = primeLength;
      } else {
        throw new codes.ERR_MISSING_OPTION('At least one of the group, prime, or primeLength options');
      }
      if (generator != null) {
        validateInt32(generator, 'options.generator', 0);
        o.generator = generator;
      }
      break;
    }
    case 'ec': {
      validateObject(options, 'options');
      const { namedCurve, paramEncoding } = options;
      validateString(namedCurve, 'options.namedCurve');
      if (paramEncoding !== undefined && paramEncoding !== 'named' && paramEncoding !== 'explicit') {
        throw new ERR_INVALID_ARG_VALUE('options.paramEncoding', paramEncoding);
      }
      if (!kCurves.includes(namedCurve)) throw new codes.ERR_CRYPTO_INVALID_CURVE();
      o.namedCurve = namedCurve;
      if (paramEncoding === 'explicit') {
        if (namedCurve === 'secp256k1') {
          throw require('internal/not_implemented').notImplemented(
            "crypto.generateKeyPair('ec') with paramEncoding 'explicit' for secp256k1");
        }
        o.paramEncoding = 'explicit';
      }
      break;
    }
    default:
      if (!kSupported.includes(type)) {
        throw require('internal/not_implemented').notImplemented(`crypto.generateKeyPair('${type}')`);
      }
  }
  const publicKeyEncoding = parseEncoding(options?.publicKeyEncoding, 'publicKeyEncoding', true);
  const privateKeyEncoding = parseEncoding(options?.privateKeyEncoding, 'privateKeyEncoding', false);
  return { o, publicKeyEncoding, privateKeyEncoding };
}

function encode(key, enc) {
  if (enc === undefined) return key;
  return key.export(enc);
}

function finishPair(type, res, a) {
  const publicKey = keyFromBinding([res[0], res[1], false]);
  const privateKey = keyFromBinding([res[0], res[2], true]);
  return {
    publicKey: encode(publicKey, a.publicKeyEncoding),
    privateKey: encode(privateKey, a.privateKeyEncoding),
  };
}

function generateKeyPairSync(type, options) {
  const a = checkArgs(type, options);
  const res = getBinding().generateKeyPair(type, JSON.stringify(a.o));
  return finishPair(type, res, a);
}

function generateKeyPair(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const a = checkArgs(type, options);
  getBinding().generateKeyPair(type, JSON.stringify(a.o), (err, res) => {
    if (err) {
      callback(err);
      return;
    }
    let out;
    try {
      out = finishPair(type, res, a);
    } catch (e) {
      callback(e);
      return;
    }
    callback(null, out.publicKey, out.privateKey);
  });
}

Object.defineProperty(generateKeyPair, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  enumerable: false,
  value(type, options) {
    return new Promise((resolve, reject) => {
      generateKeyPair(type, options, (err, publicKey, privateKey) => {
        if (err) reject(err);
        else resolve({ publicKey, privateKey });
      });
    });
  },
});

module.exports = { generateKeyPair, generateKeyPairSync };
