'use strict';
// Conversions between node streams and WHATWG streams (Readable.toWeb,
// Readable.fromWeb, ...). Not available in wqnode yet.

const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');

function notImplemented(api) {
  return function() {
    throw new ERR_NOT_IMPLEMENTED(api);
  };
}

module.exports = {
  newStreamReadableFromReadableStream: notImplemented('Readable.fromWeb()'),
  newReadableStreamFromStreamReadable: notImplemented('Readable.toWeb()'),
  newStreamWritableFromWritableStream: notImplemented('Writable.fromWeb()'),
  newWritableStreamFromStreamWritable: notImplemented('Writable.toWeb()'),
  newStreamDuplexFromReadableWritablePair: notImplemented('Duplex.fromWeb()'),
  newReadableWritablePairFromDuplex: notImplemented('Duplex.toWeb()'),
};
