'use strict';

// Cipheriv / Decipheriv: AES (ECB, CBC, CTR, CFB, CFB8, OFB, GCM, key
// wrap), Triple-DES (ECB, CBC, CFB, OFB, CMS key wrap), ChaCha20 and
// ChaCha20-Poly1305, and the deprecated password-keyed Cipher/Decipher. Block
// chaining state (IV, counter) lives here in small Uint8Arrays that the
// binding advances in place; padding and GCM's buffering are done here.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_CRYPTO_INVALID_KEYLEN,
    ERR_CRYPTO_INVALID_IV,
    ERR_CRYPTO_UNKNOWN_CIPHER,
    ERR_CRYPTO_INVALID_AUTH_TAG,
    ERR_CRYPTO_INVALID_STATE,
  },
  getBinding,
  lazyBuffer,
  isArrayBufferView,
  isAnyArrayBuffer,
  toBytes,
  opensslError,
} = require('internal/crypto/util');
const { LazyTransform, prepareSecretKey } = require('internal/crypto/hash');
const { validateObject, validateInt32 } = require('internal/validators');

// name -> { mode (getCipherInfo's), sub (how crypt runs it), alg (the
// block cipher), keyLength, nid, name (OpenSSL's), ivLength, blockSize }.
const ciphers = { __proto__: null };
const cipherNames = [];
function add(names, sub, alg, keyLength, nid, mode, ivLength, blockSize) {
  const c = { mode, sub, alg, keyLength, nid, name: names[0], ivLength, blockSize };
  for (const n of names) {
    ciphers[n.toLowerCase()] = c;
    // getCiphers() spells the id- names as OpenSSL lists them.
    cipherNames.push(n.replace(/^(id-aes\d+-)(gcm|ccm)$/, (m, a, b) => a + b.toUpperCase()));
  }
}
for (const [bits, n] of [[128, [418, 419, 904, 895, 421, 653, 420, 788, 897]],
  [192, [422, 423, 905, 898, 425, 654, 424, 789, 900]],
  [256, [426, 427, 906, 901, 429, 655, 428, 790, 903]]]) {
  const kl = bits / 8;
  add([`aes-${bits}-ecb`], 'ecb', 'aes', kl, n[0], 'ecb', undefined, 16);
  add([`aes-${bits}-cbc`, `aes${bits}`], 'cbc', 'aes', kl, n[1], 'cbc', 16, 16);
  add([`aes-${bits}-ctr`], 'ctr', 'aes', kl, n[2], 'ctr', 16, 1);
  add([`id-aes${bits}-gcm`, `aes-${bits}-gcm`], 'gcm', 'aes', kl, n[3], 'gcm', 12, 1);
  add([`aes-${bits}-cfb`], 'cfb', 'aes', kl, n[4], 'cfb', 16, 1);
  add([`aes-${bits}-cfb8`], 'cfb8', 'aes', kl, n[5], 'cfb', 16, 1);
  add([`aes-${bits}-ofb`], 'ofb', 'aes', kl, n[6], 'ofb', 16, 1);
  add([`id-aes${bits}-ccm`, `aes-${bits}-ccm`], 'ccm', 'aes', kl, [896, 899, 902][kl / 8 - 2], 'ccm', 12, 1);
  add([`aes-${bits}-ocb`], 'ocb', 'aes', kl, [958, 959, 960][kl / 8 - 2], 'ocb', 12, 16);
  add([`id-aes${bits}-wrap`, `aes${bits}-wrap`], 'wrap', 'aes', kl, n[7], 'wrap', 8, 8);
  add([`id-aes${bits}-wrap-pad`, `aes${bits}-wrap-pad`], 'wrap-pad', 'aes', kl, n[8], 'wrap', 4, 8);
  cipherNames.pop(); // (OpenSSL accepts aesN-wrap-pad but does not list it)
}
add(['des-ede3-cbc', 'des3'], 'cbc', 'des-ede3', 24, 44, 'cbc', 8, 8);
add(['des-ede3', 'des-ede3-ecb'], 'ecb', 'des-ede3', 24, 33, 'ecb', undefined, 8);
add(['des-ede-cbc'], 'cbc', 'des-ede', 16, 43, 'cbc', 8, 8);
add(['des-ede', 'des-ede-ecb'], 'ecb', 'des-ede', 16, 32, 'ecb', undefined, 8);
add(['des-ede3-cfb'], 'cfb', 'des-ede3', 24, 61, 'cfb', 8, 1);
add(['des-ede3-ofb'], 'ofb', 'des-ede3', 24, 63, 'ofb', 8, 1);
add(['des-ede3-cfb8'], 'cfb8', 'des-ede3', 24, 659, 'cfb', 8, 1);
add(['des-ede-cfb'], 'cfb', 'des-ede', 16, 60, 'cfb', 8, 1);
add(['des-ede-ofb'], 'ofb', 'des-ede', 16, 62, 'ofb', 8, 1);
add(['id-smime-alg-CMS3DESwrap', 'des3-wrap'], 'des3-wrap', 'des-ede3', 24, 246, 'wrap', undefined, 8);
ciphers['id-smime-alg-cms3deswrap'].name = 'id-smime-alg-cms3deswrap';
add(['chacha20-poly1305'], 'chachapoly', null, 32, 1018, 'stream', 12, undefined);
add(['chacha20'], 'chacha', null, 32, 1019, 'stream', 16, undefined);

function lookup(name) {
  return typeof name === 'string' ? ciphers[name.toLowerCase()] : undefined;
}

cipherNames.sort();

function getCiphers() {
  return cipherNames.slice();
}

function getCipherInfo(nameOrNid, options) {
  let c;
  if (typeof nameOrNid === 'number') {
    for (const k in ciphers) if (ciphers[k].nid === nameOrNid) { c = ciphers[k]; break; }
  } else {
    if (typeof nameOrNid !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('nameOrNid', ['string', 'number'], nameOrNid);
    }
    c = lookup(nameOrNid);
  }
  if (options !== undefined) {
    validateObject(options, 'options');
    if (options.keyLength !== undefined) validateInt32(options.keyLength, 'options.keyLength');
    if (options.ivLength !== undefined) validateInt32(options.ivLength, 'options.ivLength');
  }
  if (!c) return undefined;
  const { mode, keyLength, nid, name, blockSize } = c;
  let { ivLength } = c;
  if (options !== undefined) {
    if (options.keyLength !== undefined && options.keyLength !== keyLength) return undefined;
    if (options.ivLength !== undefined) {
      const n = options.ivLength;
      const [lo, hi] = ivRange(c) ?? [ivLength, ivLength];
      if (n < lo || n > hi) return undefined;
      ivLength = n;
    }
  }
  const info = { mode, name, nid };
  if (blockSize !== undefined) info.blockSize = blockSize;
  if (ivLength !== undefined) info.ivLength = ivLength;
  info.keyLength = keyLength;
  return info;
}

// ivRange: the IV lengths a mode takes when not just its default one.
function ivRange(c) {
  switch (c.sub) {
    case 'gcm': return [1, Infinity];
    case 'chachapoly': return [1, 12];
    case 'ccm': return [7, 13];
    case 'ocb': return [1, 15];
  }
  return undefined;
}

const kS = Symbol('kCipherState');

function concat(a, b) {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

function wrongFinalBlock() {
  return opensslError('ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH', 'Provider routines',
                      'wrong final block length', '1C80006B');
}

function init(self, cipher, key, iv, options, decrypt) {
  if (typeof cipher !== 'string') throw new ERR_INVALID_ARG_TYPE('cipher', 'string', cipher);
  const keyBytes = prepareSecretKey(key, options?.encoding);
  if (iv !== null && typeof iv !== 'string' && !isArrayBufferView(iv) && !isAnyArrayBuffer(iv)) {
    throw new ERR_INVALID_ARG_TYPE('iv', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], iv);
  }
  const ivBytes = iv === null ? null : toBytes(iv, options?.encoding);
  const c = lookup(cipher);
  if (!c) throw new ERR_CRYPTO_UNKNOWN_CIPHER();
  const { sub: mode, keyLength, ivLength, alg } = c;
  const bs = c.blockSize ?? 1;
  if (keyBytes.length !== keyLength) throw new ERR_CRYPTO_INVALID_KEYLEN();
  if (ivLength === undefined) {
    if (ivBytes !== null && ivBytes.length !== 0) throw new ERR_CRYPTO_INVALID_IV();
  } else if (ivBytes === null ||
    ivBytes.length < (ivRange(c)?.[0] ?? ivLength) || ivBytes.length > (ivRange(c)?.[1] ?? ivLength)) {
    throw new ERR_CRYPTO_INVALID_IV();
  }
  const authTagLength = uintOption(options, 'authTagLength');
  let tagLength = 16;
  let tagLengthSet = false;
  if ((mode === 'ccm' || mode === 'ocb') && authTagLength === undefined) {
    throw coded(TypeError, 'ERR_CRYPTO_INVALID_AUTH_TAG', `authTagLength required for ${cipher}`);
  }
  if (isAEADMode(mode) && authTagLength !== undefined) {
    tagLength = authTagLength;
    if (mode === 'gcm' ? !validTagLength(tagLength) :
      mode === 'ccm' ? tagLength < 4 || tagLength > 16 || tagLength % 2 !== 0 :
      tagLength < 1 || tagLength > 16) {
      throw new ERR_CRYPTO_INVALID_AUTH_TAG(tagLength);
    }
    tagLengthSet = true;
  }
  let chain = ivBytes ? new Uint8Array(ivBytes) : null;
  if (mode === 'cfb' || mode === 'cfb8' || mode === 'ofb') {
    // register || keystream || offset: the block cipher's size (the IV's),
    // not the mode's (1).
    const n = ivLength;
    chain = new Uint8Array(2 * n + 1);
    chain.set(ivBytes, 0);
    chain[2 * n] = n;
  }
  let nonce = ivBytes ? new Uint8Array(ivBytes) : null;
  if (mode === 'chachapoly' && nonce.length < 12) {
    // OpenSSL pads a short nonce on the left with zeros.
    nonce = new Uint8Array(12);
    nonce.set(ivBytes, 12 - ivBytes.length);
  }
  const st = {
    mode,
    alg,
    bs,
    decrypt,
    key: new Uint8Array(keyBytes),
    iv: nonce,
    chain,
    pending: new Uint8Array(0),
    offset: 0,
    padding: true,
    finalized: false,
    decoder: null,
    aad: [],
    text: [],
    tag: null,
    tagLength,
    tagLengthSet,
    started: false,
  };
  if (mode === 'ccm') st.maxMessage = 2 ** (8 * (15 - ivBytes.length)) - 1;
  if (mode === 'gcm' && st.iv.length === 12) {
    st.chain = new Uint8Array(16);
    st.chain.set(st.iv, 0);
    st.chain[15] = 2;
  }
  self[kS] = st;
  LazyTransform.call(self, options);
}

// uintOption: options[name] when it is an unsigned 32-bit integer,
// undefined when absent; anything else throws ERR_INVALID_ARG_VALUE.
function uintOption(options, name) {
  const v = options?.[name];
  if (v === undefined) return undefined;
  if (v >>> 0 !== v) {
    throw new (require('internal/errors').codes.ERR_INVALID_ARG_VALUE)(`options.${name}`, v);
  }
  return v;
}

function isAEADMode(mode) {
  return mode === 'gcm' || mode === 'chachapoly' || mode === 'ccm' || mode === 'ocb';
}

function validTagLength(n) {
  return n === 4 || n === 8 || (Number.isInteger(n) && n >= 12 && n <= 16);
}

function blockRun(st, chunk) {
  const b = getBinding();
  if (st.alg === 'aes') {
    return new Uint8Array(st.mode === 'cbc' ?
      b.aesCBC(st.key, st.chain, chunk, st.decrypt) : b.aesECB(st.key, chunk, st.decrypt));
  }
  return new Uint8Array(b.blockCrypt(st.alg, st.mode, st.key, st.chain, chunk, st.decrypt));
}

function isAEAD(st) {
  return isAEADMode(st.mode);
}

// coded: an error of class C with a code, as Node's C++ layer throws them.
function coded(C, code, message) {
  const err = new C(message);
  Object.defineProperty(err, 'code', {
    __proto__: null, value: code, enumerable: true, writable: true, configurable: true,
  });
  return err;
}

function messageLength() {
  return coded(RangeError, 'ERR_CRYPTO_INVALID_MESSAGELEN', 'Invalid message length');
}

function authFailure() {
  return new Error('Unsupported state or unable to authenticate data');
}

function joinAll(list) {
  let len = 0;
  for (const t of list) len += t.length;
  const all = new Uint8Array(len);
  len = 0;
  for (const t of list) { all.set(t, len); len += t.length; }
  return all;
}

// CCM takes the whole message in one update(): its length goes first
// into the MAC. Decryption checks the tag there and yields nothing when it
// does not match (final() then throws).
function ccmUpdate(st, data) {
  if (st.ccmDone) {
    st.ccmFailed = true;
    throw new Error('Trying to add data in unsupported state');
  }
  if (data.length > st.maxMessage) throw messageLength();
  if (st.plaintextLength !== undefined && data.length !== st.plaintextLength) {
    st.ccmFailed = true;
    throw new Error('Trying to add data in unsupported state');
  }
  st.ccmDone = true;
  const b = getBinding();
  const aad = joinAll(st.aad);
  if (!st.decrypt) {
    const [ct, tag] = b.aeadSeal('ccm', st.key, st.iv, aad, data, st.tagLength);
    st.ccmTag = new Uint8Array(tag);
    return new Uint8Array(ct);
  }
  if (!st.tag) {
    st.ccmFailed = true;
    return new Uint8Array(0);
  }
  const pt = b.aeadOpen('ccm', st.key, st.iv, aad, data, st.tag);
  if (pt === null) {
    st.ccmFailed = true;
    return new Uint8Array(0);
  }
  return new Uint8Array(pt);
}

function crypt(st, data) {
  const b = getBinding();
  switch (st.mode) {
    case 'cbc':
    case 'ecb': {
      const bs = st.bs;
      const all = concat(st.pending, data);
      let n = all.length - (all.length % bs);
      if (st.decrypt && st.padding && n === all.length && n > 0) n -= bs;
      st.pending = all.slice(n);
      if (n === 0) return new Uint8Array(0);
      return blockRun(st, all.subarray(0, n));
    }
    case 'ctr': {
      const out = new Uint8Array(b.aesCTR(st.key, st.chain, st.offset, data));
      st.offset = (st.offset + data.length) % 16;
      return out;
    }
    case 'cfb':
    case 'cfb8':
    case 'ofb':
      return new Uint8Array(b.blockCrypt(st.alg, st.mode, st.key, st.chain, data, st.decrypt));
    case 'chacha': {
      const out = new Uint8Array(b.chacha(st.key, st.iv, st.offset, data));
      st.offset += data.length;
      return out;
    }
    case 'wrap':
    case 'wrap-pad':
    case 'des3-wrap':
      return new Uint8Array(b.keyWrap(st.mode, st.key, st.iv, data, st.decrypt));
    case 'chachapoly': {
      const out = new Uint8Array(b.chacha(st.key, st.iv, st.offset, data));
      st.offset += data.length;
      st.text.push(st.decrypt ? out : data.slice());
      return out;
    }
    case 'ccm':
      return ccmUpdate(st, data);
    case 'ocb':
      // OCB is done whole at final(); update() collects the input.
      st.text.push(data.slice());
      return new Uint8Array(0);
    case 'gcm': {
      let out;
      if (st.iv.length === 12) {
        out = new Uint8Array(b.aesCTR(st.key, st.chain, st.offset % 16, data));
      } else {
        out = new Uint8Array(b.gcmXor(st.key, st.iv, st.offset, data));
      }
      st.offset += data.length;
      st.text.push(st.decrypt ? out : data.slice());
      return out;
    }
  }
}

function normalizeEnc(enc) {
  const e = enc.toLowerCase();
  if (e === 'utf-8') return 'utf8';
  if (e === 'ucs2' || e === 'ucs-2' || e === 'utf-16le') return 'utf16le';
  if (e === 'binary') return 'latin1';
  return e;
}

function output(st, bytes, outputEncoding, end) {
  const Buffer = lazyBuffer();
  if (typeof outputEncoding === 'string' && outputEncoding !== 'buffer' && !Buffer.isEncoding(outputEncoding)) {
    throw new (require('internal/errors').codes.ERR_UNKNOWN_ENCODING)(outputEncoding);
  }
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (typeof outputEncoding === 'string' && outputEncoding !== 'buffer' &&
      Buffer.isEncoding(outputEncoding)) {
    const enc = normalizeEnc(outputEncoding);
    if (st.decoder && st.decoderEnc !== enc) throw new Error('Cannot change encoding');
    st.decoderEnc = enc;
    if (!st.decoder) {
      const { StringDecoder } = require('string_decoder');
      st.decoder = new StringDecoder(outputEncoding);
    }
    return end ? st.decoder.end(buf) : st.decoder.write(buf);
  }
  return buf;
}

function update(data, inputEncoding, outputEncoding) {
  const st = this[kS];
  if (typeof data === 'string') {
    data = toBytes(data, inputEncoding);
  } else if (isArrayBufferView(data)) {
    data = toBytes(data);
  } else {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  if (st.finalized) throw new Error('Trying to add data in unsupported state');
  st.started = true;
  return output(st, crypt(st, data), outputEncoding, false);
}

function final(outputEncoding) {
  const st = this[kS];
  if (st.finalized) {
    const err = new ERR_CRYPTO_INVALID_STATE('final');
    err.message = 'Invalid state';
    throw err;
  }
  st.finalized = true;
  const b = getBinding();
  let out = new Uint8Array(0);
  if (st.mode === 'cbc' || st.mode === 'ecb') {
    const bs = st.bs;
    const run = (chunk) => blockRun(st, chunk);
    if (!st.decrypt) {
      if (st.padding) {
        const p = bs - st.pending.length;
        const block = new Uint8Array(bs);
        block.set(st.pending, 0);
        block.fill(p, st.pending.length);
        out = run(block);
      } else if (st.pending.length !== 0) {
        throw wrongFinalBlock();
      }
    } else if (st.padding) {
      if (st.pending.length !== bs) throw wrongFinalBlock();
      const block = run(st.pending);
      const p = block[bs - 1];
      let ok = p >= 1 && p <= bs;
      for (let i = bs - (ok ? p : 0); ok && i < bs; i++) if (block[i] !== p) ok = false;
      if (!ok) {
        throw opensslError('ERR_OSSL_BAD_DECRYPT', 'Provider routines', 'bad decrypt', '1C800064');
      }
      out = block.subarray(0, bs - p);
    } else if (st.pending.length !== 0) {
      throw wrongFinalBlock();
    }
    st.pending = new Uint8Array(0);
  } else if (st.mode === 'ccm') {
    if (!st.ccmDone) {
      throw opensslError('ERR_OSSL_TAG_NOT_SET', 'Provider routines', 'tag not set', '1C800077');
    }
    if (st.ccmFailed) throw authFailure();
    if (!st.decrypt) st.tag = lazyBuffer().from(st.ccmTag);
  } else if (st.mode === 'ocb') {
    const b = getBinding();
    const data = joinAll(st.text);
    const aad = joinAll(st.aad);
    st.text = [];
    if (st.decrypt) {
      if (!st.tag) throw authFailure();
      const pt = b.aeadOpen('ocb', st.key, st.iv, aad, data, st.tag);
      if (pt === null) throw authFailure();
      out = new Uint8Array(pt);
    } else {
      const [ct, tag] = b.aeadSeal('ocb', st.key, st.iv, aad, data, st.tagLength);
      out = new Uint8Array(ct);
      st.tag = lazyBuffer().from(tag);
    }
  } else if (isAEAD(st)) {
    let len = 0;
    for (const t of st.text) len += t.length;
    const all = new Uint8Array(len);
    len = 0;
    for (const t of st.text) { all.set(t, len); len += t.length; }
    let aadLen = 0;
    for (const a of st.aad) aadLen += a.length;
    const aad = new Uint8Array(aadLen);
    aadLen = 0;
    for (const a of st.aad) { aad.set(a, aadLen); aadLen += a.length; }
    const full = new Uint8Array(st.mode === 'gcm' ? b.gcmTag(st.key, st.iv, aad, all) :
      b.chachaTag(st.key, st.iv, aad, all));
    st.text = [];
    if (st.decrypt) {
      const fail = () => new Error('Unsupported state or unable to authenticate data');
      if (!st.tag) throw fail();
      if (!b.timingSafeEqual(full.subarray(0, st.tag.length), st.tag)) throw fail();
    } else {
      st.tag = lazyBuffer().from(full.subarray(0, st.tagLength));
    }
  }
  return output(st, out, outputEncoding, true);
}

function setAutoPadding(ap) {
  const st = this[kS];
  if (st.finalized) throw new ERR_CRYPTO_INVALID_STATE('setAutoPadding');
  st.padding = ap === undefined ? true : !!ap;
  return this;
}

function setAAD(aadbuf, options) {
  const st = this[kS];
  if (!isArrayBufferView(aadbuf)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], aadbuf);
  }
  if (!isAEAD(st) || st.finalized || st.started) {
    throw new ERR_CRYPTO_INVALID_STATE('setAAD');
  }
  if (st.mode === 'ccm') {
    const n = uintOption(options, 'plaintextLength');
    if (n === undefined) {
      throw coded(TypeError, 'ERR_MISSING_ARGS', 'options.plaintextLength required for CCM mode with AAD');
    }
    if (n > st.maxMessage) throw messageLength();
    st.plaintextLength = n;
  }
  st.aad.push(toBytes(aadbuf).slice());
  return this;
}

function getAuthTag() {
  const st = this[kS];
  if (!isAEAD(st) || !st.finalized || !st.tag) {
    throw new ERR_CRYPTO_INVALID_STATE('getAuthTag');
  }
  return st.tag;
}

function setAuthTag(tagbuf, encoding) {
  const st = this[kS];
  if (typeof tagbuf === 'string') tagbuf = toBytes(tagbuf, encoding);
  else if (isArrayBufferView(tagbuf)) tagbuf = toBytes(tagbuf);
  else throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], tagbuf);
  if (!isAEAD(st) || st.finalized || st.tag) throw new ERR_CRYPTO_INVALID_STATE('setAuthTag');
  const n = tagbuf.length;
  if (st.tagLengthSet ? n !== st.tagLength : st.mode === 'gcm' ? !validTagLength(n) : (n < 1 || n > 16)) {
    throw new ERR_CRYPTO_INVALID_AUTH_TAG(n);
  }
  st.tag = tagbuf.slice();
  return this;
}

function _transform(chunk, encoding, callback) {
  this.push(this.update(chunk, encoding));
  callback();
}

function _flush(callback) {
  try {
    this.push(this.final());
  } catch (e) {
    callback(e);
    return;
  }
  callback();
}

function Cipheriv(cipher, key, iv, options) {
  if (!(this instanceof Cipheriv)) return new Cipheriv(cipher, key, iv, options);
  init(this, cipher, key, iv, options, false);
}
Object.setPrototypeOf(Cipheriv.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Cipheriv, LazyTransform);

function Decipheriv(cipher, key, iv, options) {
  if (!(this instanceof Decipheriv)) return new Decipheriv(cipher, key, iv, options);
  init(this, cipher, key, iv, options, true);
}
Object.setPrototypeOf(Decipheriv.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Decipheriv, LazyTransform);

for (const C of [Cipheriv, Decipheriv]) {
  const methods = { _transform, _flush, update, final, setAutoPadding };
  if (C === Cipheriv) methods.getAuthTag = getAuthTag;
  else methods.setAuthTag = setAuthTag;
  methods.setAAD = setAAD;
  for (const [k, fn] of Object.entries(methods)) {
    Object.defineProperty(C.prototype, k, {
      __proto__: null, value: fn, writable: true, configurable: true, enumerable: true,
    });
  }
}

// Cipher / Decipher (deprecated): the key and IV come from the password
// by EVP_BytesToKey with MD5.
let warnedCipher = false;
function passwordInit(self, cipher, password, options, decrypt) {
  if (typeof cipher !== 'string') throw new ERR_INVALID_ARG_TYPE('cipher', 'string', cipher);
  let pw;
  if (typeof password === 'string') pw = toBytes(password, 'utf8');
  else if (isArrayBufferView(password) || isAnyArrayBuffer(password)) pw = toBytes(password);
  else {
    throw new ERR_INVALID_ARG_TYPE('password', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], password);
  }
  const c = lookup(cipher);
  if (!c) throw new ERR_CRYPTO_UNKNOWN_CIPHER();
  uintOption(options, 'authTagLength');
  // Node warns on every password-keyed encryption in a counter mode.
  if (!decrypt && (c.sub === 'ctr' || c.sub === 'gcm' || c.sub === 'ccm')) {
    process.emitWarning(`Use Cipheriv for counter mode of ${cipher}`);
  }
  const [key, iv] = getBinding().bytesToKey(pw, c.keyLength, c.ivLength ?? 0);
  init(self, cipher, new Uint8Array(key), c.ivLength === undefined ? null : new Uint8Array(iv), options, decrypt);
}

function Cipher(cipher, password, options) {
  if (!(this instanceof Cipher)) return new Cipher(cipher, password, options);
  passwordInit(this, cipher, password, options, false);
}
Object.setPrototypeOf(Cipher.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Cipher, LazyTransform);

function Decipher(cipher, password, options) {
  if (!(this instanceof Decipher)) return new Decipher(cipher, password, options);
  passwordInit(this, cipher, password, options, true);
}
Object.setPrototypeOf(Decipher.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Decipher, LazyTransform);

for (const [C, From] of [[Cipher, Cipheriv], [Decipher, Decipheriv]]) {
  for (const k of Object.keys(From.prototype)) {
    Object.defineProperty(C.prototype, k, {
      __proto__: null, value: From.prototype[k], writable: true, configurable: true, enumerable: true,
    });
  }
}

function warnCipher() {
  if (warnedCipher) return;
  warnedCipher = true;
  process.emitWarning('crypto.createCipher is deprecated.', 'DeprecationWarning', 'DEP0106');
}

function createCipher(cipher, password, options) {
  warnCipher();
  return new Cipher(cipher, password, options);
}

function createDecipher(cipher, password, options) {
  warnCipher();
  return new Decipher(cipher, password, options);
}

function createCipheriv(cipher, key, iv, options) {
  return new Cipheriv(cipher, key, iv, options);
}

function createDecipheriv(cipher, key, iv, options) {
  return new Decipheriv(cipher, key, iv, options);
}

module.exports = {
  Cipher,
  Decipher,
  createCipher,
  createDecipher,
  Cipheriv,
  Decipheriv,
  createCipheriv,
  createDecipheriv,
  getCiphers,
  getCipherInfo,
};
