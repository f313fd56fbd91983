'use strict';
// Conversions between node streams and WHATWG streams (Readable.toWeb,
// Readable.fromWeb, Writable.toWeb/fromWeb, Duplex.toWeb/fromWeb). The
// one-directional adapters live in internal/webstreams/adapters; the
// duplex ones are built here from the same pieces.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_STREAM_PREMATURE_CLOSE },
} = require('internal/errors');

function adapters() {
  return require('internal/webstreams/adapters');
}

function newStreamReadableFromReadableStream(readableStream, options) {
  return adapters().newStreamReadableFromReadableStream(readableStream, options);
}

function newReadableStreamFromStreamReadable(streamReadable, options) {
  return adapters().newReadableStreamFromStreamReadable(streamReadable, options);
}

function newStreamWritableFromWritableStream(writableStream, options = {}) {
  return adapters().newStreamWritableFromWritableStream(writableStream, options);
}

function safe(callback) {
  return (error) => {
    try {
      callback(error);
    } catch (err) {
      process.nextTick(() => { throw err; });
    }
  };
}

function newWritableStreamFromStreamWritable(streamWritable) {
  return adapters().newWritableStreamFromStreamWritable(streamWritable);
}

// newReadableWritablePairFromDuplex(duplex) -> { readable, writable }
function newReadableWritablePairFromDuplex(duplex) {
  const utils = require('internal/streams/utils');
  if (typeof duplex?._writableState !== 'object' || typeof duplex?._readableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('duplex', 'stream.Duplex', duplex);
  }
  const { ReadableStream } = require('internal/webstreams/readablestream');
  const { WritableStream } = require('internal/webstreams/writablestream');
  if (utils.isDestroyed(duplex)) {
    const writable = new WritableStream();
    const readable = new ReadableStream();
    writable.close();
    readable.cancel();
    return { readable, writable };
  }
  let writable;
  if (utils.isWritable(duplex)) {
    writable = newWritableStreamFromStreamWritable(duplex);
  } else {
    writable = new WritableStream();
    writable.close();
  }
  let readable;
  if (utils.isReadable(duplex)) {
    readable = newReadableStreamFromStreamReadable(duplex);
  } else {
    readable = new ReadableStream();
    readable.cancel();
  }
  return { writable, readable };
}

// newStreamDuplexFromReadableWritablePair(pair, options) -> stream.Duplex
//   options: { allowHalfOpen = false, decodeStrings = true, encoding,
//              highWaterMark, objectMode = false, signal }
function newStreamDuplexFromReadableWritablePair(pair = {}, options = {}) {
  const { validateObject, validateBoolean } = require('internal/validators');
  const { isReadableStream } = require('internal/webstreams/readablestream');
  const { isWritableStream } = require('internal/webstreams/writablestream');
  const { destroyer } = require('internal/streams/destroy');
  const Duplex = require('internal/streams/duplex');
  const { Buffer } = require('buffer');

  validateObject(pair, 'pair');
  const { readable: readableStream, writable: writableStream } = pair;
  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.readable', 'ReadableStream', readableStream);
  }
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.writable', 'WritableStream', writableStream);
  }
  validateObject(options, 'options');
  const {
    allowHalfOpen = false,
    objectMode = false,
    encoding,
    decodeStrings = true,
    highWaterMark,
    signal,
  } = options;
  validateBoolean(objectMode, 'options.objectMode');
  if (encoding !== undefined && !Buffer.isEncoding(encoding)) {
    const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_VALUE(encoding, 'options.encoding');
  }

  const writer = writableStream.getWriter();
  const reader = readableStream.getReader();
  let writableClosed = false;
  let readableClosed = false;

  const duplex = new Duplex({
    allowHalfOpen,
    highWaterMark,
    objectMode,
    encoding,
    decodeStrings,
    signal,

    writev(chunks, callback) {
      const done = safe(callback);
      writer.ready.then(() => Promise.all(chunks.map((data) => writer.write(data.chunk))))
        .then(() => done(), done);
    },

    write(chunk, encoding, callback) {
      const done = safe(callback);
      writer.ready.then(() => writer.write(chunk)).then(() => done(), done);
    },

    final(callback) {
      const done = safe(callback);
      if (!writableClosed) {
        writer.close().then(() => done(), done);
      } else {
        done();
      }
    },

    read() {
      reader.read().then((chunk) => {
        if (chunk.done) {
          duplex.push(null);
        } else {
          duplex.push(chunk.value);
        }
      }, (error) => destroyer(duplex, error));
    },

    destroy(error, callback) {
      const done = safe(callback);
      const tasks = [];
      if (!writableClosed) {
        tasks.push(error != null ? writer.abort(error) : writer.close());
      }
      if (!readableClosed) tasks.push(reader.cancel(error));
      if (tasks.length === 0) {
        done(error);
        return;
      }
      Promise.all(tasks).then(() => done(error), (err) => done(error ?? err));
    },
  });

  writer.closed.then(() => {
    writableClosed = true;
    if (!duplex.writableEnded && !duplex.destroyed) {
      destroyer(duplex, new ERR_STREAM_PREMATURE_CLOSE());
    }
  }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroyer(duplex, error);
  });

  reader.closed.then(() => {
    readableClosed = true;
  }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroyer(duplex, error);
  });

  return duplex;
}

module.exports = {
  newStreamReadableFromReadableStream,
  newReadableStreamFromStreamReadable,
  newStreamWritableFromWritableStream,
  newWritableStreamFromStreamWritable,
  newStreamDuplexFromReadableWritablePair,
  newReadableWritablePairFromDuplex,
};
