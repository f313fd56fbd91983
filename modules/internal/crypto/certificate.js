'use strict';

// crypto.Certificate: Netscape SPKAC (a public key and a challenge signed
// with the matching private key), parsed and checked by the binding.

const {
  codes: { ERR_INVALID_ARG_TYPE },
  getBinding,
  lazyBuffer,
  isArrayBufferView,
  isAnyArrayBuffer,
  toBytes,
} = require('internal/crypto/util');

const kMaxBufferLength = 2 ** 31 - 1;

function spkacBytes(spkac, encoding) {
  if (typeof spkac !== 'string' && !isArrayBufferView(spkac) && !isAnyArrayBuffer(spkac)) {
    throw new ERR_INVALID_ARG_TYPE('spkac', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], spkac);
  }
  const bytes = toBytes(spkac, encoding);
  if (bytes.byteLength > kMaxBufferLength) {
    const { ERR_OUT_OF_RANGE } = require('internal/errors').codes;
    throw new ERR_OUT_OF_RANGE('spkac', `<= ${kMaxBufferLength}`, bytes.byteLength);
  }
  return bytes;
}

function verifySpkac(spkac, encoding) {
  return getBinding().spkac(spkacBytes(spkac, encoding), 'verify');
}

function exportPublicKey(spkac, encoding) {
  const ab = getBinding().spkac(spkacBytes(spkac, encoding), 'publicKey');
  return ab === undefined ? '' : lazyBuffer().from(ab);
}

function exportChallenge(spkac, encoding) {
  const ab = getBinding().spkac(spkacBytes(spkac, encoding), 'challenge');
  return ab === undefined ? '' : lazyBuffer().from(ab);
}

// The methods exist both on instances and on the constructor.
function Certificate() {
  if (!(this instanceof Certificate)) return new Certificate();
}
Certificate.prototype.verifySpkac = verifySpkac;
Certificate.prototype.exportPublicKey = exportPublicKey;
Certificate.prototype.exportChallenge = exportChallenge;
Certificate.exportChallenge = exportChallenge;
Certificate.exportPublicKey = exportPublicKey;
Certificate.verifySpkac = verifySpkac;

module.exports = Certificate;
