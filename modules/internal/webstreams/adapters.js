'use strict';
// Conversions between node streams and WHATWG streams, meant to back
// Readable.toWeb/fromWeb and Writable.toWeb/fromWeb.

const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_STREAM_PREMATURE_CLOSE },
} = require('internal/errors');
const { kState, createPromiseCapability } = require('internal/webstreams/util');

function lazy() {
  return {
    Readable: require('internal/streams/readable'),
    Writable: require('internal/streams/writable'),
    eos: require('internal/streams/end-of-stream'),
    destroyer: require('internal/streams/destroy').destroyer,
    utils: require('internal/streams/utils'),
    Buffer: require('buffer').Buffer,
  };
}

function handleKnownInternalErrors(cause) {
  if (cause?.code === 'ERR_STREAM_PREMATURE_CLOSE') return new AbortError(undefined, { cause });
  return cause;
}

function byteSize(chunk) {
  return chunk.byteLength;
}

// newReadableStreamFromStreamReadable(streamReadable[, options]) -> ReadableStream
//   options.strategy: a QueuingStrategy overriding the default one (derived
//   from readableHighWaterMark / readableObjectMode).
function newReadableStreamFromStreamReadable(streamReadable, options = {}) {
  const { Readable, eos, destroyer, utils } = lazy();
  if (typeof streamReadable?._readableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('streamReadable', 'stream.Readable', streamReadable);
  }
  const { ReadableStream } = require('internal/webstreams/readablestream');
  const { CountQueuingStrategy } = require('internal/webstreams/queuingstrategies');

  if (utils.isDestroyed(streamReadable) || !utils.isReadable(streamReadable)) {
    const readable = new ReadableStream();
    readable.cancel();
    return readable;
  }

  const objectMode = streamReadable.readableObjectMode;
  const highWaterMark = streamReadable.readableHighWaterMark;
  const evaluateStrategyOrFallback = (strategy) => {
    if (strategy) return strategy;
    if (objectMode) return new CountQueuingStrategy({ highWaterMark });
    return { highWaterMark, size: byteSize };
  };
  const strategy = evaluateStrategyOrFallback(options?.strategy);

  let controller;
  let wasCanceled = false;

  function onData(chunk) {
    if (!objectMode && ArrayBuffer.isView(chunk) && !(chunk instanceof Uint8Array && chunk.constructor === Uint8Array)) {
      chunk = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    }
    controller.enqueue(chunk);
    if (controller.desiredSize <= 0) streamReadable.pause();
  }

  function onFinished(error) {
    streamReadable.removeListener('data', onData);
    if (wasCanceled) return;
    if (error) {
      controller.error(handleKnownInternalErrors(error));
      return;
    }
    if (wasCanceled) return;
    controller.close();
  }

  streamReadable.pause();
  const cleanup = eos(streamReadable, onFinished);
  streamReadable.on('data', onData);

  return new ReadableStream({
    start(c) {
      controller = c;
    },
    pull() {
      streamReadable.resume();
    },
    cancel(reason) {
      // The end-of-stream listener stays until the destroy has settled, so
      // the error it emits is not an unhandled 'error'.
      wasCanceled = true;
      destroyer(streamReadable, reason);
    },
  }, strategy);
}

// newStreamReadableFromReadableStream(readableStream[, options]) -> stream.Readable
//   options: { highWaterMark, encoding, objectMode = false, signal }
function newStreamReadableFromReadableStream(readableStream, options = {}) {
  const { Readable, destroyer } = lazy();
  const { isReadableStream } = require('internal/webstreams/readablestream');
  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('readableStream', 'ReadableStream', readableStream);
  }
  if (options === null || typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  const { highWaterMark, encoding, objectMode = false, signal } = options;
  if (encoding !== undefined && !require('buffer').Buffer.isEncoding(encoding)) {
    const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_VALUE(encoding, 'options.encoding');
  }
  if (typeof objectMode !== 'boolean') {
    throw new ERR_INVALID_ARG_TYPE('options.objectMode', 'boolean', objectMode);
  }

  const reader = readableStream.getReader();
  let closed = false;

  const readable = new Readable({
    objectMode,
    highWaterMark,
    encoding,
    signal,
    read() {
      reader.read().then((chunk) => {
        if (chunk.done) {
          readable.push(null);
        } else {
          readable.push(chunk.value);
        }
      }, (error) => destroyer(readable, error));
    },
    destroy(error, callback) {
      function done() {
        try {
          callback(error);
        } catch (err) {
          process.nextTick(() => { throw err; });
        }
      }
      if (!closed) {
        reader.cancel(error).then(done, done);
        return;
      }
      done();
    },
  });

  reader.closed.then(() => {
    closed = true;
  }, (error) => {
    closed = true;
    destroyer(readable, error);
  });

  return readable;
}

// newWritableStreamFromStreamWritable(streamWritable) -> WritableStream
function newWritableStreamFromStreamWritable(streamWritable) {
  const { eos, destroyer, utils } = lazy();
  if (typeof streamWritable?._writableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('streamWritable', 'stream.Writable', streamWritable);
  }
  const { WritableStream } = require('internal/webstreams/writablestream');
  const { CountQueuingStrategy } = require('internal/webstreams/queuingstrategies');

  if (utils.isDestroyed(streamWritable) || !utils.isWritable(streamWritable)) {
    const writable = new WritableStream();
    writable.close();
    return writable;
  }

  const highWaterMark = streamWritable.writableHighWaterMark;
  const strategy = streamWritable.writableObjectMode ?
    new CountQueuingStrategy({ highWaterMark }) :
    { highWaterMark, size: byteSize };

  let controller;
  let backpressurePromise;
  let closed;

  function onDrain() {
    if (backpressurePromise !== undefined) backpressurePromise.resolve();
  }

  const cleanup = eos(streamWritable, (error) => {
    error = handleKnownInternalErrors(error);
    cleanup();
    // Keep handling errors that happen later.
    streamWritable.on('error', () => {});
    if (error != null) {
      if (backpressurePromise !== undefined) backpressurePromise.reject(error);
      if (closed !== undefined) {
        closed.reject(error);
        closed = undefined;
      }
      controller.error(error);
      controller = undefined;
      return;
    }
    if (closed !== undefined) {
      closed.resolve();
      closed = undefined;
      return;
    }
    controller.error(new AbortError());
    controller = undefined;
  });

  streamWritable.on('drain', onDrain);

  return new WritableStream({
    start(c) {
      controller = c;
    },
    write(chunk) {
      if (streamWritable.writableNeedDrain || !streamWritable.write(chunk)) {
        backpressurePromise = createPromiseCapability();
        return backpressurePromise.promise.finally(() => {
          backpressurePromise = undefined;
        });
      }
    },
    abort(reason) {
      destroyer(streamWritable, reason);
    },
    close() {
      if (closed === undefined && !utils.isWritableEnded(streamWritable)) {
        closed = createPromiseCapability();
        streamWritable.end();
        return closed.promise;
      }
      controller = undefined;
      return Promise.resolve();
    },
  }, strategy);
}

// newStreamWritableFromWritableStream(writableStream[, options]) -> stream.Writable
//   options: { decodeStrings = true, highWaterMark, objectMode = false, signal }
function newStreamWritableFromWritableStream(writableStream, options = {}) {
  const { Writable, destroyer, utils, Buffer } = lazy();
  const { isWritableStream } = require('internal/webstreams/writablestream');
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('writableStream', 'WritableStream', writableStream);
  }
  if (options === null || typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options;
  if (typeof objectMode !== 'boolean') {
    throw new ERR_INVALID_ARG_TYPE('options.objectMode', 'boolean', objectMode);
  }
  if (typeof decodeStrings !== 'boolean') {
    throw new ERR_INVALID_ARG_TYPE('options.decodeStrings', 'boolean', decodeStrings);
  }

  const writer = writableStream.getWriter();
  let closed = false;

  function makeDone(callback) {
    return (error) => {
      try {
        callback(error);
      } catch (err) {
        process.nextTick(() => { throw err; });
      }
    };
  }

  const writable = new Writable({
    highWaterMark,
    objectMode,
    decodeStrings,
    signal,
    writev(chunks, callback) {
      const done = makeDone(callback);
      writer.ready.then(() => Promise.all(chunks.map((data) => writer.write(data.chunk))))
        .then(() => done(), done);
    },
    write(chunk, encoding, callback) {
      // Chunks go to the WritableStream as they are (Buffers stay Buffers,
      // as in Node; the Writable has already decoded strings).
      const done = makeDone(callback);
      writer.ready.then(() => writer.write(chunk)).then(() => done(), done);
    },
    destroy(error, callback) {
      const done = makeDone(callback);
      if (!closed) {
        if (error != null) {
          writer.abort(error).then(() => done(error), () => done(error));
        } else {
          writer.close().then(() => done(), done);
        }
        return;
      }
      done(error);
    },
    final(callback) {
      const done = makeDone(callback);
      if (!closed) {
        writer.close().then(() => done(), done);
      }
    },
  });

  writer.closed.then(() => {
    closed = true;
    if (!utils.isWritableEnded(writable)) destroyer(writable, new ERR_STREAM_PREMATURE_CLOSE());
  }, (error) => {
    closed = true;
    destroyer(writable, error);
  });

  return writable;
}

module.exports = {
  newReadableStreamFromStreamReadable,
  newStreamReadableFromReadableStream,
  newWritableStreamFromStreamWritable,
  newStreamWritableFromWritableStream,
  kState,
};
