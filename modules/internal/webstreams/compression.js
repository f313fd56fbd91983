'use strict';
// CompressionStream / DecompressionStream: not available in wqnode (no zlib).

const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');

class CompressionStream {
  constructor(format) { // eslint-disable-line no-unused-vars
    throw new ERR_NOT_IMPLEMENTED('CompressionStream');
  }
}

class DecompressionStream {
  constructor(format) { // eslint-disable-line no-unused-vars
    throw new ERR_NOT_IMPLEMENTED('DecompressionStream');
  }
}

module.exports = { CompressionStream, DecompressionStream };
