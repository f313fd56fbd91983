'use strict';

// X509Certificate over the binding's parser (host/binding_crypto_x509.go):
// the object keeps the certificate's DER and the facts the binding read
// from it; the check* and verify methods hand the DER back.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
  getBinding,
  lazyBuffer,
  isArrayBufferView,
  isAnyArrayBuffer,
  toBytes,
} = require('internal/crypto/util');
const { validateString, validateObject, validateBoolean } = require('internal/validators');

const kDer = Symbol('kDer');
const kFacts = Symbol('kFacts');
const kSpki = Symbol('kSpki');

function nullObject(entries) {
  const out = { __proto__: null };
  for (const [k, v] of entries) {
    if (out[k] === undefined) out[k] = v;
    else if (Array.isArray(out[k])) out[k].push(v);
    else out[k] = [out[k], v];
  }
  return out;
}

function checkOptions(options) {
  if (options === undefined) return undefined;
  validateObject(options, 'options');
  const { subject = 'default', wildcards, partialWildcards, multiLabelWildcards, singleLabelSubdomains } = options;
  if (subject !== 'default' && subject !== 'always' && subject !== 'never') {
    throw new ERR_INVALID_ARG_VALUE('options.subject', subject);
  }
  for (const [name, v] of [['wildcards', wildcards], ['partialWildcards', partialWildcards],
    ['multiLabelWildcards', multiLabelWildcards], ['singleLabelSubdomains', singleLabelSubdomains]]) {
    if (v !== undefined) validateBoolean(v, `options.${name}`);
  }
  return JSON.stringify({ subject, wildcards, partialWildcards, multiLabelWildcards, singleLabelSubdomains });
}

class X509Certificate {
  constructor(buffer) {
    if (typeof buffer === 'string') buffer = lazyBuffer().from(buffer);
    if (!isArrayBufferView(buffer) && !isAnyArrayBuffer(buffer)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
    }
    const [facts, der, spki] = getBinding().x509Parse(toBytes(buffer));
    this[kFacts] = JSON.parse(facts);
    this[kDer] = new Uint8Array(der);
    this[kSpki] = new Uint8Array(spki);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `X509Certificate ${inspect({
      subject: this.subject,
      subjectAltName: this.subjectAltName,
      issuer: this.issuer,
      infoAccess: this.infoAccess,
      validFrom: this.validFrom,
      validTo: this.validTo,
      fingerprint: this.fingerprint,
      fingerprint256: this.fingerprint256,
      fingerprint512: this.fingerprint512,
      keyUsage: this.keyUsage,
      serialNumber: this.serialNumber,
    }, opts)}`;
  }

  get subject() { return this[kFacts].subject; }
  get subjectAltName() { return this[kFacts].subjectAltName; }
  get issuer() { return this[kFacts].issuer; }
  get issuerCertificate() { return undefined; }
  get infoAccess() {
    const ia = this[kFacts].infoAccess;
    return ia.length ? ia.map(([k, v]) => `${k}:${v}`).join('\n') : undefined;
  }
  get validFrom() { return this[kFacts].validFrom; }
  get validTo() { return this[kFacts].validTo; }
  get fingerprint() { return this[kFacts].fingerprint; }
  get fingerprint256() { return this[kFacts].fingerprint256; }
  get fingerprint512() { return this[kFacts].fingerprint512; }
  get keyUsage() { return this[kFacts].keyUsage?.slice(); }
  get serialNumber() { return this[kFacts].serialNumber; }
  get raw() { return lazyBuffer().from(this[kDer]); }
  get ca() { return this[kFacts].ca; }
  get publicKey() {
    const { createPublicKey } = require('internal/crypto/keys');
    return createPublicKey({ key: lazyBuffer().from(this[kSpki]), format: 'der', type: 'spki' });
  }

  toString() {
    const b64 = lazyBuffer().from(this[kDer]).toString('base64');
    return `-----BEGIN CERTIFICATE-----\n${b64.match(/.{1,64}/g).join('\n')}\n-----END CERTIFICATE-----\n`;
  }

  toJSON() { return this.toString(); }

  checkHost(name, options) {
    validateString(name, 'name');
    return getBinding().x509Check(this[kDer], 'host', name, checkOptions(options));
  }

  checkEmail(email, options) {
    validateString(email, 'email');
    return getBinding().x509Check(this[kDer], 'email', email, checkOptions(options));
  }

  checkIP(ip, options) {
    validateString(ip, 'ip');
    if (require('net').isIP(ip) === 0) {
      const err = new TypeError('Invalid IP');
      err.code = 'ERR_INVALID_ARG_VALUE';
      throw err;
    }
    if (options !== undefined) validateObject(options, 'options');
    return getBinding().x509Check(this[kDer], 'ip', ip) ? ip : undefined;
  }

  checkIssued(otherCert) {
    if (!(otherCert instanceof X509Certificate)) {
      throw new ERR_INVALID_ARG_TYPE('otherCert', 'X509Certificate', otherCert);
    }
    return getBinding().x509Check(this[kDer], 'issued', otherCert[kDer]);
  }

  checkPrivateKey(pkey) {
    const { isKeyObject } = require('internal/crypto/keys');
    if (!isKeyObject(pkey)) throw new ERR_INVALID_ARG_TYPE('pkey', 'KeyObject', pkey);
    if (pkey.type !== 'private') throw new ERR_INVALID_ARG_VALUE('pkey', pkey);
    return getBinding().x509Check(this[kDer], 'privateKey', pkey.export({ type: 'pkcs8', format: 'der' }));
  }

  verify(pkey) {
    const { isKeyObject } = require('internal/crypto/keys');
    if (!isKeyObject(pkey)) throw new ERR_INVALID_ARG_TYPE('pkey', 'KeyObject', pkey);
    if (pkey.type !== 'public') throw new ERR_INVALID_ARG_VALUE('pkey', pkey);
    return getBinding().x509Check(this[kDer], 'verify', pkey.export({ type: 'spki', format: 'der' }));
  }

  toLegacyObject() {
    const f = this[kFacts];
    const Buffer = lazyBuffer();
    const out = {
      subject: nullObject(f.subjectEntries),
      issuer: nullObject(f.issuerEntries),
    };
    if (f.subjectAltName !== undefined) out.subjectaltname = f.subjectAltName;
    if (f.infoAccess.length) {
      const ia = { __proto__: null };
      for (const [k, v] of f.infoAccess) (ia[k] ??= []).push(v);
      out.infoAccess = ia;
    }
    out.ca = f.ca;
    if (f.modulus !== undefined) {
      out.modulus = f.modulus;
      out.bits = f.bits;
      out.exponent = f.exponent;
      out.pubkey = Buffer.from(this[kSpki]);
    } else if (f.ecPoint !== undefined) {
      out.bits = f.bits;
      out.pubkey = Buffer.from(f.ecPoint, 'hex');
      if (f.asn1Curve !== undefined) out.asn1Curve = f.asn1Curve;
      if (f.nistCurve !== undefined) out.nistCurve = f.nistCurve;
    }
    out.valid_from = f.validFrom;
    out.valid_to = f.validTo;
    out.fingerprint = f.fingerprint;
    out.fingerprint256 = f.fingerprint256;
    out.fingerprint512 = f.fingerprint512;
    if (f.keyUsage !== undefined) out.ext_key_usage = f.keyUsage.slice();
    out.serialNumber = f.serialNumber;
    out.raw = this.raw;
    return out;
  }
}

function isX509Certificate(v) {
  return v instanceof X509Certificate;
}

module.exports = { X509Certificate, isX509Certificate };
