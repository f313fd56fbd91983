'use strict';
// SecureContext and createSecureContext (Node's _tls_common): the keys,
// certificates, CAs and protocol limits live in Go (hostnet's tls_wrap
// binding, crypto/tls); JS validates the options and hands them over.

const { Buffer } = require('buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_TLS_INVALID_PROTOCOL_VERSION,
    ERR_TLS_PROTOCOL_VERSION_CONFLICT, ERR_NOT_IMPLEMENTED, ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const { validateString, validateObject } = require('internal/validators');

const binding = internalBinding('tls_wrap');

const kVersions = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];

// Contexts are freed in Go when their JS object is collected.
const registry = typeof FinalizationRegistry === 'function' ?
  new FinalizationRegistry((id) => binding.freeContext(id)) : null;

// NativeContext stands for the binding's context (secureContext.context).
const nativeContexts = new WeakSet();

class NativeContext {
  constructor(id) {
    this._id = id;
    nativeContexts.add(this);
  }
  // the native handle, as an opaque value; only on a context itself
  get _external() {
    if (!nativeContexts.has(this)) throw new TypeError('Illegal invocation');
    return Object.freeze({ __proto__: null });
  }
  setCiphers() { throw new ERR_NOT_IMPLEMENTED('SecureContext.context.setCiphers'); }
  setCert() { throw new ERR_NOT_IMPLEMENTED('SecureContext.context.setCert'); }
  setKey() { throw new ERR_NOT_IMPLEMENTED('SecureContext.context.setKey'); }
  addCACert(cert) {
    if (typeof cert !== 'string' && !Buffer.isBuffer(cert) && !ArrayBuffer.isView(cert)) {
      throw new ERR_INVALID_ARG_TYPE('cert', ['string', 'Buffer', 'TypedArray', 'DataView'], cert);
    }
    binding.addCACert(this._id, toText(cert));
  }
  getTicketKeys() { return Buffer.from(binding.ticketKeys(this._id)); }
  setTicketKeys(keys) {
    if (!Buffer.isBuffer(keys) && !ArrayBuffer.isView(keys)) {
      throw new ERR_INVALID_ARG_TYPE('keys', ['Buffer', 'TypedArray', 'DataView'], keys);
    }
    if (binding.setTicketKeys(this._id, keys) < 0) {
      throw new ERR_INVALID_ARG_VALUE('keys', keys.byteLength, 'must be exactly 48 bytes');
    }
  }
}

function SecureContext(id, options) {
  if (!(this instanceof SecureContext)) return new SecureContext(id, options);
  this.context = new NativeContext(id);
  this._options = options;
  if (registry) registry.register(this, id);
}

function isKeyLike(v) {
  return typeof v === 'string' || Buffer.isBuffer(v) || ArrayBuffer.isView(v);
}

function toText(v) {
  if (typeof v === 'string') return v;
  return Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('latin1');
}

function validateKeyOrCertOption(name, value) {
  if (!isKeyLike(value)) {
    throw new ERR_INVALID_ARG_TYPE(`options.${name}`,
                                   ['string', 'Buffer', 'TypedArray', 'DataView'], value);
  }
}

function list(v) { return Array.isArray(v) ? v : [v]; }

function invalidMethod(message) {
  const err = new TypeError(message);
  err.code = 'ERR_TLS_INVALID_PROTOCOL_METHOD';
  return err;
}

function secureProtocolVersions(secureProtocol) {
  switch (secureProtocol) {
    case 'TLSv1_method': case 'TLSv1_client_method': case 'TLSv1_server_method':
      return ['TLSv1', 'TLSv1'];
    case 'TLSv1_1_method': case 'TLSv1_1_client_method': case 'TLSv1_1_server_method':
      return ['TLSv1.1', 'TLSv1.1'];
    case 'TLSv1_2_method': case 'TLSv1_2_client_method': case 'TLSv1_2_server_method':
      return ['TLSv1.2', 'TLSv1.2'];
    // TLS_method: any version; SSLv23_method: from tls.DEFAULT_MIN_VERSION
    // up to TLS 1.2 (as Node maps them).
    case 'TLS_method': case 'TLS_client_method': case 'TLS_server_method':
      return ['TLSv1', 'TLSv1.3'];
    case 'SSLv23_method': case 'SSLv23_client_method': case 'SSLv23_server_method':
      return [undefined, 'TLSv1.2'];
    case 'SSLv2_method': case 'SSLv2_client_method': case 'SSLv2_server_method':
      throw invalidMethod('SSLv2 methods disabled');
    case 'SSLv3_method': case 'SSLv3_client_method': case 'SSLv3_server_method':
      throw invalidMethod('SSLv3 methods disabled');
  }
  throw invalidMethod(`Unknown method: ${secureProtocol}`);
}

// extraCACerts is NODE_EXTRA_CA_CERTS's text, read once, which the
// default trust store adds to the system's; a file that cannot be read
// is reported on stderr and ignored, as Node does.
let extraCA;
function extraCACerts() {
  if (extraCA !== undefined) return extraCA;
  extraCA = null;
  const file = process.env.NODE_EXTRA_CA_CERTS;
  if (!file) return null;
  try {
    extraCA = require('fs').readFileSync(file, 'latin1');
  } catch (err) {
    const reason = err.code === 'ENOENT' ? 'error:80000002:system library::No such file or directory' : err.message;
    process.stderr.write(`Warning: Ignoring extra certs from \`${file}\`, load failed: ${reason}\n`);
  }
  return extraCA;
}

// createSecureContext(options) as Node documents it.
function createSecureContext(options) {
  if (options === undefined) options = {};
  else validateObject(options, 'options');
  const tls = require('tls');
  const {
    ca, cert, key, pfx, passphrase, ciphers, ecdhCurve, secureProtocol,
    honorCipherOrder, clientCertEngine, privateKeyEngine, privateKeyIdentifier,
  } = options;
  let { minVersion, maxVersion } = options;

  if (ciphers != null) {
    validateString(ciphers, 'options.ciphers');
    // The TLS 1.3 suites (TLS_*) and the older list are set apart; both
    // empty leaves nothing to handshake with.
    const names = ciphers.split(':');
    if (ciphers !== '' && !names.some((n) => n.length > 0)) {
      throw new ERR_INVALID_ARG_VALUE('options.ciphers', names);
    }
  }
  if (passphrase != null) validateString(passphrase, 'options.passphrase');
  if (ecdhCurve != null) validateString(ecdhCurve, 'options.ecdhCurve');
  if (secureProtocol != null) validateString(secureProtocol, 'options.secureProtocol');
  if (clientCertEngine != null) {
    if (typeof clientCertEngine !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.clientCertEngine', ['string', 'null', 'undefined'], clientCertEngine);
    }
    throw new ERR_NOT_IMPLEMENTED('options.clientCertEngine');
  }
  if (privateKeyEngine != null) {
    if (typeof privateKeyEngine !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.privateKeyEngine', ['string', 'null', 'undefined'], privateKeyEngine);
    }
    if (typeof privateKeyIdentifier !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.privateKeyIdentifier', ['string', 'null', 'undefined'], privateKeyIdentifier);
    }
    throw new ERR_NOT_IMPLEMENTED('options.privateKeyEngine');
  }

  if (secureProtocol && (minVersion || maxVersion)) {
    throw new ERR_TLS_PROTOCOL_VERSION_CONFLICT(minVersion || maxVersion, secureProtocol);
  }
  if (secureProtocol) {
    [minVersion, maxVersion] = secureProtocolVersions(secureProtocol);
  }
  if (minVersion == null) minVersion = tls.DEFAULT_MIN_VERSION;
  if (maxVersion == null) maxVersion = tls.DEFAULT_MAX_VERSION;
  if (!kVersions.includes(minVersion)) throw new ERR_TLS_INVALID_PROTOCOL_VERSION(minVersion, 'minimum');
  if (!kVersions.includes(maxVersion)) throw new ERR_TLS_INVALID_PROTOCOL_VERSION(maxVersion, 'maximum');

  const o = { key: [], cert: [], ca: [], pfx: [], minVersion, maxVersion };
  if (passphrase != null) o.passphrase = passphrase;
  if (ciphers != null) o.ciphers = ciphers;
  if (ecdhCurve != null) o.ecdhCurve = ecdhCurve;
  o.honorCipherOrder = !!honorCipherOrder;

  if (ca) {
    for (const v of list(ca)) {
      validateKeyOrCertOption('ca', v);
      o.ca.push(toText(v));
    }
  } else {
    const extra = extraCACerts();
    if (extra) o.extraCA = extra;
  }
  if (cert) {
    for (const v of list(cert)) {
      validateKeyOrCertOption('cert', v);
      o.cert.push(toText(v));
    }
  }
  if (key) {
    for (const v of list(key)) {
      let pem = v;
      let pass = passphrase;
      // { pem, passphrase } objects only inside an array, as in Node
      if (Array.isArray(key) && v !== null && typeof v === 'object' && !isKeyLike(v)) {
        pem = v.pem;
        if (v.passphrase != null) pass = v.passphrase;
      }
      validateKeyOrCertOption('key', pem);
      const k = { pem: toText(pem) };
      if (pass != null) k.passphrase = String(pass);
      o.key.push(k);
    }
  }
  if (pfx) {
    for (const v of list(pfx)) {
      let buf = v;
      let pass = passphrase;
      if (v !== null && typeof v === 'object' && !isKeyLike(v)) {
        buf = v.buf;
        if (v.passphrase != null) pass = v.passphrase;
      }
      validateKeyOrCertOption('pfx', buf);
      const b = typeof buf === 'string' ? Buffer.from(buf, 'latin1') :
        Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
      const p = { data: b.toString('base64') };
      if (pass != null) p.passphrase = String(pass);
      o.pfx.push(p);
    }
  }
  if (options.sigalgs != null) validateString(options.sigalgs, 'options.sigalgs');
  if (options.dhparam != null && !isKeyLike(options.dhparam)) {
    validateKeyOrCertOption('dhparam', options.dhparam);
  }
  const id = binding.createContext(JSON.stringify(o));
  return new SecureContext(id, options);
}

// translatePeerCertificate turns the binding's JSON chain into Node's
// certificate objects, linked through issuerCertificate when detailed.
function makeName(pairs) {
  const out = { __proto__: null };
  for (const [k, v] of pairs) {
    if (k in out) {
      if (Array.isArray(out[k])) out[k].push(v);
      else out[k] = [out[k], v];
    } else {
      out[k] = v;
    }
  }
  return out;
}

function makeCert(j) {
  const c = {};
  c.subject = makeName(j.subject);
  c.issuer = makeName(j.issuer);
  if (j.subjectaltname !== undefined) c.subjectaltname = j.subjectaltname;
  if (j.infoAccess) {
    const ia = { __proto__: null };
    for (const k of Object.keys(j.infoAccess)) ia[k] = j.infoAccess[k];
    c.infoAccess = ia;
  }
  c.ca = j.ca;
  if (j.modulus) {
    c.modulus = j.modulus;
    c.bits = j.bits;
    c.exponent = j.exponent;
    c.pubkey = Buffer.from(j.pubkey, 'base64');
  } else if (j.pubkey) {
    if (j.bits) c.bits = j.bits;
    c.pubkey = Buffer.from(j.pubkey, 'base64');
    if (j.asn1Curve) c.asn1Curve = j.asn1Curve;
    if (j.nistCurve) c.nistCurve = j.nistCurve;
  }
  c.valid_from = j.valid_from;
  c.valid_to = j.valid_to;
  c.fingerprint = j.fingerprint;
  c.fingerprint256 = j.fingerprint256;
  c.fingerprint512 = j.fingerprint512;
  if (j.ext_key_usage) c.ext_key_usage = j.ext_key_usage;
  c.serialNumber = j.serialNumber;
  c.raw = Buffer.from(j.raw, 'base64');
  return c;
}

function translatePeerCertificate(json, detailed) {
  if (json === undefined) return null;
  const arr = JSON.parse(json);
  if (!arr || arr.length === 0) return null;
  const certs = arr.map(makeCert);
  if (detailed) {
    for (let i = 0; i < certs.length; i++) {
      const c = certs[i];
      if (i + 1 < certs.length) c.issuerCertificate = certs[i + 1];
      else if (c.fingerprint256 && sameName(arr[i].subject, arr[i].issuer)) c.issuerCertificate = c;
    }
  }
  return certs[0];
}

function sameName(a, b) { return JSON.stringify(a) === JSON.stringify(b); }

module.exports = { SecureContext, createSecureContext, translatePeerCertificate };
