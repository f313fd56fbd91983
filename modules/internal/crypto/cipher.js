'use strict';

// Cipheriv / Decipheriv for AES in CBC, ECB, CTR and GCM modes. Block
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

// name -> [mode, keyLength, nid, info name]
const ciphers = { __proto__: null };
for (const [bits, nids] of [[128, [418, 419, 904, 895]], [192, [422, 423, 905, 898]],
  [256, [426, 427, 906, 901]]]) {
  const kl = bits / 8;
  ciphers[`aes-${bits}-ecb`] = ['ecb', kl, nids[0], `aes-${bits}-ecb`];
  ciphers[`aes-${bits}-cbc`] = ['cbc', kl, nids[1], `aes-${bits}-cbc`];
  ciphers[`aes${bits}`] = ciphers[`aes-${bits}-cbc`];
  ciphers[`aes-${bits}-ctr`] = ['ctr', kl, nids[2], `aes-${bits}-ctr`];
  ciphers[`aes-${bits}-gcm`] = ['gcm', kl, nids[3], `id-aes${bits}-gcm`];
  ciphers[`id-aes${bits}-gcm`] = ciphers[`aes-${bits}-gcm`];
}

function lookup(name) {
  return typeof name === 'string' ? ciphers[name.toLowerCase()] : undefined;
}

function getCiphers() {
  return Object.keys(ciphers).sort();
}

function getCipherInfo(nameOrNid, options) {
  let c;
  if (typeof nameOrNid === 'number') {
    for (const k in ciphers) if (ciphers[k][2] === nameOrNid) { c = ciphers[k]; break; }
  } else {
    if (typeof nameOrNid !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('nameOrNid', ['string', 'number'], nameOrNid);
    }
    c = lookup(nameOrNid);
  }
  if (!c) return undefined;
  const [mode, keyLength, nid, name] = c;
  let ivLength = mode === 'ecb' ? undefined : mode === 'gcm' ? 12 : 16;
  if (options !== undefined && options !== null) {
    if (options.keyLength !== undefined && options.keyLength !== keyLength) return undefined;
    if (options.ivLength !== undefined) {
      if (mode !== 'gcm' && options.ivLength !== ivLength) return undefined;
      ivLength = options.ivLength;
    }
  }
  const info = { mode, name, nid, blockSize: mode === 'cbc' || mode === 'ecb' ? 16 : 1 };
  if (ivLength !== undefined) info.ivLength = ivLength;
  info.keyLength = keyLength;
  return info;
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
  const [mode, keyLength] = c;
  if (keyBytes.length !== keyLength) throw new ERR_CRYPTO_INVALID_KEYLEN();
  if (mode === 'ecb') {
    if (ivBytes !== null && ivBytes.length !== 0) throw new ERR_CRYPTO_INVALID_IV();
  } else if (ivBytes === null || (mode === 'gcm' ? ivBytes.length === 0 : ivBytes.length !== 16)) {
    throw new ERR_CRYPTO_INVALID_IV();
  }
  let tagLength = 16;
  let tagLengthSet = false;
  if (mode === 'gcm' && options?.authTagLength !== undefined) {
    tagLength = options.authTagLength;
    if (!validTagLength(tagLength)) throw new ERR_CRYPTO_INVALID_AUTH_TAG(tagLength);
    tagLengthSet = true;
  }
  const st = {
    mode,
    decrypt,
    key: new Uint8Array(keyBytes),
    iv: ivBytes ? new Uint8Array(ivBytes) : null,
    chain: ivBytes ? new Uint8Array(ivBytes) : null,
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
  if (mode === 'gcm' && st.iv.length === 12) {
    st.chain = new Uint8Array(16);
    st.chain.set(st.iv, 0);
    st.chain[15] = 2;
  }
  self[kS] = st;
  LazyTransform.call(self, options);
}

function validTagLength(n) {
  return n === 4 || n === 8 || (Number.isInteger(n) && n >= 12 && n <= 16);
}

function crypt(st, data) {
  const b = getBinding();
  switch (st.mode) {
    case 'cbc':
    case 'ecb': {
      const all = concat(st.pending, data);
      let n = all.length - (all.length % 16);
      if (st.decrypt && st.padding && n === all.length && n > 0) n -= 16;
      st.pending = all.slice(n);
      if (n === 0) return new Uint8Array(0);
      const chunk = all.subarray(0, n);
      return new Uint8Array(st.mode === 'cbc' ?
        b.aesCBC(st.key, st.chain, chunk, st.decrypt) : b.aesECB(st.key, chunk, st.decrypt));
    }
    case 'ctr': {
      const out = new Uint8Array(b.aesCTR(st.key, st.chain, st.offset, data));
      st.offset = (st.offset + data.length) % 16;
      return out;
    }
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

function output(st, bytes, outputEncoding, end) {
  const Buffer = lazyBuffer();
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (typeof outputEncoding === 'string' && outputEncoding !== 'buffer' &&
      Buffer.isEncoding(outputEncoding)) {
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
    const run = (chunk) => new Uint8Array(st.mode === 'cbc' ?
      b.aesCBC(st.key, st.chain, chunk, st.decrypt) : b.aesECB(st.key, chunk, st.decrypt));
    if (!st.decrypt) {
      if (st.padding) {
        const p = 16 - st.pending.length;
        const block = new Uint8Array(16);
        block.set(st.pending, 0);
        block.fill(p, st.pending.length);
        out = run(block);
      } else if (st.pending.length !== 0) {
        throw wrongFinalBlock();
      }
    } else if (st.padding) {
      if (st.pending.length !== 16) throw wrongFinalBlock();
      const block = run(st.pending);
      const p = block[15];
      let ok = p >= 1 && p <= 16;
      for (let i = 16 - (ok ? p : 0); ok && i < 16; i++) if (block[i] !== p) ok = false;
      if (!ok) {
        throw opensslError('ERR_OSSL_BAD_DECRYPT', 'Provider routines', 'bad decrypt', '1C800064');
      }
      out = block.subarray(0, 16 - p);
    } else if (st.pending.length !== 0) {
      throw wrongFinalBlock();
    }
    st.pending = new Uint8Array(0);
  } else if (st.mode === 'gcm') {
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
    const full = new Uint8Array(b.gcmTag(st.key, st.iv, aad, all));
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
  if (st.mode !== 'gcm' || st.finalized || st.started) {
    throw new ERR_CRYPTO_INVALID_STATE('setAAD');
  }
  st.aad.push(toBytes(aadbuf).slice());
  return this;
}

function getAuthTag() {
  const st = this[kS];
  if (st.mode !== 'gcm' || !st.finalized || !st.tag) {
    throw new ERR_CRYPTO_INVALID_STATE('getAuthTag');
  }
  return st.tag;
}

function setAuthTag(tagbuf, encoding) {
  const st = this[kS];
  if (typeof tagbuf === 'string') tagbuf = toBytes(tagbuf, encoding);
  else if (isArrayBufferView(tagbuf)) tagbuf = toBytes(tagbuf);
  else throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], tagbuf);
  if (st.mode !== 'gcm' || st.finalized || st.tag) throw new ERR_CRYPTO_INVALID_STATE('setAuthTag');
  const n = tagbuf.length;
  if (st.tagLengthSet ? n !== st.tagLength : !validTagLength(n)) {
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

function createCipheriv(cipher, key, iv, options) {
  return new Cipheriv(cipher, key, iv, options);
}

function createDecipheriv(cipher, key, iv, options) {
  return new Decipheriv(cipher, key, iv, options);
}

module.exports = {
  Cipheriv,
  Decipheriv,
  createCipheriv,
  createDecipheriv,
  getCiphers,
  getCipherInfo,
};
