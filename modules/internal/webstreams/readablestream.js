'use strict';
// ReadableStream and its readers and controllers (default and byte
// streams), tee, pipeTo/pipeThrough and async iteration, following the
// WHATWG Streams standard.

const {
  AbortError,
  codes: {
    ERR_ARG_NOT_ITERABLE, ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE, ERR_INVALID_THIS,
  },
} = require('internal/errors');
const {
  kState, kType, checkThis, copyDataBlockBytes, createPromiseCapability, customInspect,
  dequeueValue, enqueueValueWithSize, extractHighWaterMark, extractSizeAlgorithm, getMethod,
  isBrand, isDetached, makeEnumerable, promiseCall, rangeArgValue, rejectThis, resetQueue,
  setPromiseHandled, transferArrayBuffer,
} = require('internal/webstreams/util');
const ws = require('internal/webstreams/writablestream');

const kInternal = Symbol('kInternal');

function lockedError() {
  return new ERR_INVALID_STATE.TypeError('ReadableStream is locked');
}

class ReadableStream {
  constructor(underlyingSource = undefined, strategy = undefined) {
    if (underlyingSource !== undefined && underlyingSource !== null && typeof underlyingSource !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('source', 'Object', underlyingSource);
    }
    if (strategy !== undefined && strategy !== null && typeof strategy !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('strategy', 'Object', strategy);
    }
    this[kType] = 'ReadableStream';
    initializeReadableStream(this);
    const type = underlyingSource?.type;
    if (`${type}` === 'bytes') {
      if (strategy?.size !== undefined) {
        throw rangeArgValue('strategy.size', strategy.size);
      }
      const highWaterMark = extractHighWaterMark(strategy, 0);
      setupReadableByteStreamControllerFromSource(this, underlyingSource, highWaterMark);
    } else if (type === undefined) {
      const sizeAlgorithm = extractSizeAlgorithm(strategy);
      const highWaterMark = extractHighWaterMark(strategy, 1);
      setupReadableStreamDefaultControllerFromSource(this, underlyingSource, highWaterMark, sizeAlgorithm);
    } else {
      throw new ERR_INVALID_ARG_VALUE('source.type', type);
    }
  }

  get locked() {
    checkThis(this, 'ReadableStream');
    return isReadableStreamLocked(this);
  }

  cancel(reason = undefined) {
    const r = rejectThis(this, 'ReadableStream');
    if (r) return r;
    if (isReadableStreamLocked(this)) return Promise.reject(lockedError());
    return readableStreamCancel(this, reason);
  }

  getReader(options = undefined) {
    checkThis(this, 'ReadableStream');
    if (options !== undefined && options !== null && typeof options !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const mode = options?.mode;
    if (mode === undefined) return new ReadableStreamDefaultReader(this);
    if (`${mode}` !== 'byob') throw new ERR_INVALID_ARG_VALUE('options.mode', mode);
    return new ReadableStreamBYOBReader(this);
  }

  pipeThrough(transform, options = {}) {
    checkThis(this, 'ReadableStream');
    const readable = transform?.readable;
    if (!isReadableStream(readable)) {
      throw new ERR_INVALID_ARG_TYPE('transform.readable', 'ReadableStream', readable);
    }
    const writable = transform?.writable;
    if (!ws.isWritableStream(writable)) {
      throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', writable);
    }
    const { preventAbort, preventCancel, preventClose, signal } = validatePipeOptions(options);
    if (isReadableStreamLocked(this)) throw new ERR_INVALID_STATE.TypeError('The ReadableStream is locked');
    if (ws.isWritableStreamLocked(writable)) {
      throw new ERR_INVALID_STATE.TypeError('The WritableStream is locked');
    }
    const promise = readableStreamPipeTo(this, writable, preventClose, preventAbort, preventCancel, signal);
    setPromiseHandled(promise);
    return readable;
  }

  pipeTo(destination, options = {}) {
    const r = rejectThis(this, 'ReadableStream');
    if (r) return r;
    try {
      if (!ws.isWritableStream(destination)) {
        throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', destination);
      }
      const { preventAbort, preventCancel, preventClose, signal } = validatePipeOptions(options);
      if (isReadableStreamLocked(this)) throw new ERR_INVALID_STATE.TypeError('The ReadableStream is locked');
      if (ws.isWritableStreamLocked(destination)) {
        throw new ERR_INVALID_STATE.TypeError('The WritableStream is locked');
      }
      return readableStreamPipeTo(this, destination, preventClose, preventAbort, preventCancel, signal);
    } catch (err) {
      return Promise.reject(err);
    }
  }

  tee() {
    checkThis(this, 'ReadableStream');
    return readableStreamTee(this, false);
  }

  values(options = undefined) {
    checkThis(this, 'ReadableStream');
    const preventCancel = !!options?.preventCancel;
    return createAsyncIterator(this, preventCancel);
  }


  static from(iterable) {
    return readableStreamFromIterable(iterable);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    return customInspect(this, 'ReadableStream', {
      locked: this.locked,
      state: this[kState].state,
      supportsBYOB: isBrand(this[kState].controller, 'ReadableByteStreamController'),
    }, depth, options);
  }
}

function validatePipeOptions(options) {
  if (options === undefined || options === null) options = {};
  if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  const signal = options.signal;
  if (signal !== undefined) {
    const { validateAbortSignal } = require('internal/validators');
    validateAbortSignal(signal, 'options.signal');
  }
  return {
    preventAbort: !!options.preventAbort,
    preventCancel: !!options.preventCancel,
    preventClose: !!options.preventClose,
    signal,
  };
}

// ---- readers ----

class ReadableStreamDefaultReader {
  constructor(stream) {
    if (!isReadableStream(stream)) {
      throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    }
    this[kType] = 'ReadableStreamDefaultReader';
    this[kState] = { readRequests: [], stream: undefined, close: undefined };
    setupReadableStreamDefaultReader(this, stream);
  }

  read() {
    const r = rejectThis(this, 'ReadableStreamDefaultReader');
    if (r) return r;
    if (this[kState].stream === undefined) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream'));
    }
    const promise = createPromiseCapability();
    readableStreamDefaultReaderRead(this, {
      chunk(value) { promise.resolve({ value, done: false }); },
      close() { promise.resolve({ value: undefined, done: true }); },
      error(e) { promise.reject(e); },
    });
    return promise.promise;
  }

  releaseLock() {
    checkThis(this, 'ReadableStreamDefaultReader');
    if (this[kState].stream === undefined) return;
    readableStreamDefaultReaderRelease(this);
  }

  get closed() {
    const r = rejectThis(this, 'ReadableStreamDefaultReader');
    if (r) return r;
    return this[kState].close.promise;
  }

  cancel(reason = undefined) {
    const r = rejectThis(this, 'ReadableStreamDefaultReader');
    if (r) return r;
    if (this[kState].stream === undefined) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream'));
    }
    return readableStreamReaderGenericCancel(this, reason);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    return customInspect(this, 'ReadableStreamDefaultReader', {
      stream: this[kState].stream,
      readRequests: this[kState].readRequests.length,
      close: this[kState].close.promise,
    }, depth, options);
  }
}

class ReadableStreamBYOBReader {
  constructor(stream) {
    if (!isReadableStream(stream)) {
      throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    }
    this[kType] = 'ReadableStreamBYOBReader';
    this[kState] = { readIntoRequests: [], stream: undefined, close: undefined };
    setupReadableStreamBYOBReader(this, stream);
  }

  read(view, options = undefined) {
    const r = rejectThis(this, 'ReadableStreamBYOBReader');
    if (r) return r;
    if (!ArrayBuffer.isView(view)) {
      return Promise.reject(new ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view));
    }
    if (view.byteLength === 0 || view.buffer.byteLength === 0 || isDetached(view.buffer)) {
      return Promise.reject(
        new ERR_INVALID_STATE.TypeError('View or Viewed ArrayBuffer is zero-length or detached'));
    }
    let min = 1;
    if (options !== undefined && options !== null && options.min !== undefined) {
      min = Number(options.min);
      const length = view instanceof DataView ? view.byteLength : view.length;
      if (!(min > 0) || min > length) {
        return Promise.reject(rangeArgValue('options.min', options.min));
      }
    }
    if (this[kState].stream === undefined) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream'));
    }
    const promise = createPromiseCapability();
    readableStreamBYOBReaderRead(this, view, min, {
      chunk(value) { promise.resolve({ value, done: false }); },
      close(value) { promise.resolve({ value, done: true }); },
      error(e) { promise.reject(e); },
    });
    return promise.promise;
  }

  releaseLock() {
    checkThis(this, 'ReadableStreamBYOBReader');
    if (this[kState].stream === undefined) return;
    readableStreamBYOBReaderRelease(this);
  }

  get closed() {
    const r = rejectThis(this, 'ReadableStreamBYOBReader');
    if (r) return r;
    return this[kState].close.promise;
  }

  cancel(reason = undefined) {
    const r = rejectThis(this, 'ReadableStreamBYOBReader');
    if (r) return r;
    if (this[kState].stream === undefined) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream'));
    }
    return readableStreamReaderGenericCancel(this, reason);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    return customInspect(this, 'ReadableStreamBYOBReader', {
      stream: this[kState].stream,
      requestIntoRequests: this[kState].readIntoRequests.length,
      close: this[kState].close.promise,
    }, depth, options);
  }
}

// ---- controllers ----

class ReadableStreamDefaultController {
  constructor(token) {
    if (token !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kType] = 'ReadableStreamDefaultController';
  }

  get desiredSize() {
    checkThis(this, 'ReadableStreamDefaultController');
    return readableStreamDefaultControllerGetDesiredSize(this);
  }

  close() {
    checkThis(this, 'ReadableStreamDefaultController');
    if (!readableStreamDefaultControllerCanCloseOrEnqueue(this)) {
      throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    }
    readableStreamDefaultControllerClose(this);
  }

  enqueue(chunk = undefined) {
    checkThis(this, 'ReadableStreamDefaultController');
    if (!readableStreamDefaultControllerCanCloseOrEnqueue(this)) {
      throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    }
    readableStreamDefaultControllerEnqueue(this, chunk);
  }

  error(error = undefined) {
    checkThis(this, 'ReadableStreamDefaultController');
    readableStreamDefaultControllerError(this, error);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    return customInspect(this, 'ReadableStreamDefaultController', {}, depth, options);
  }
}

class ReadableByteStreamController {
  constructor(token) {
    if (token !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kType] = 'ReadableByteStreamController';
  }

  get byobRequest() {
    checkThis(this, 'ReadableByteStreamController');
    return readableByteStreamControllerGetBYOBRequest(this);
  }

  get desiredSize() {
    checkThis(this, 'ReadableByteStreamController');
    return readableByteStreamControllerGetDesiredSize(this);
  }

  close() {
    checkThis(this, 'ReadableByteStreamController');
    const c = this[kState];
    if (c.closeRequested) throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    if (c.stream[kState].state !== 'readable') {
      throw new ERR_INVALID_STATE.TypeError('ReadableStream is already closed');
    }
    readableByteStreamControllerClose(this);
  }

  enqueue(chunk) {
    checkThis(this, 'ReadableByteStreamController');
    if (!ArrayBuffer.isView(chunk)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], chunk);
    }
    if (chunk.byteLength === 0 || chunk.buffer.byteLength === 0) {
      throw new ERR_INVALID_STATE.TypeError('chunk ArrayBuffer is zero-length or detached');
    }
    const c = this[kState];
    if (c.closeRequested) throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    if (c.stream[kState].state !== 'readable') {
      throw new ERR_INVALID_STATE.TypeError('ReadableStream is already closed');
    }
    readableByteStreamControllerEnqueue(this, chunk);
  }

  error(error = undefined) {
    checkThis(this, 'ReadableByteStreamController');
    readableByteStreamControllerError(this, error);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    return customInspect(this, 'ReadableByteStreamController', {}, depth, options);
  }
}

class ReadableStreamBYOBRequest {
  constructor(token) {
    if (token !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kType] = 'ReadableStreamBYOBRequest';
    this[kState] = { controller: undefined, view: null };
  }

  get view() {
    checkThis(this, 'ReadableStreamBYOBRequest');
    return this[kState].view;
  }

  respond(bytesWritten) {
    checkThis(this, 'ReadableStreamBYOBRequest');
    const { controller, view } = this[kState];
    if (controller === undefined) {
      throw new ERR_INVALID_STATE.TypeError('This BYOB request has been invalidated');
    }
    if (view.byteLength === 0 || view.buffer.byteLength === 0 || isDetached(view.buffer)) {
      throw new ERR_INVALID_STATE.TypeError('View or Viewed ArrayBuffer is zero-length or detached');
    }
    readableByteStreamControllerRespond(controller, Number(bytesWritten));
  }

  respondWithNewView(view) {
    checkThis(this, 'ReadableStreamBYOBRequest');
    const { controller } = this[kState];
    if (controller === undefined) {
      throw new ERR_INVALID_STATE.TypeError('This BYOB request has been invalidated');
    }
    if (!ArrayBuffer.isView(view)) {
      throw new ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view);
    }
    readableByteStreamControllerRespondWithNewView(controller, view);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    return customInspect(this, 'ReadableStreamBYOBRequest', {
      view: this[kState].view,
      controller: this[kState].controller,
    }, depth, options);
  }
}

makeEnumerable(ReadableStream, ['locked', 'cancel', 'getReader', 'pipeThrough', 'pipeTo', 'tee', 'values']);
makeEnumerable(ReadableStreamDefaultReader, ['closed', 'read', 'releaseLock', 'cancel']);
makeEnumerable(ReadableStreamBYOBReader, ['closed', 'read', 'releaseLock', 'cancel']);
makeEnumerable(ReadableStreamDefaultController, ['desiredSize', 'close', 'enqueue', 'error']);
makeEnumerable(ReadableByteStreamController, ['byobRequest', 'desiredSize', 'close', 'enqueue', 'error']);
makeEnumerable(ReadableStreamBYOBRequest, ['view', 'respond', 'respondWithNewView']);
Object.defineProperty(ReadableStream.prototype, Symbol.asyncIterator, {
  __proto__: null, value: ReadableStream.prototype.values, writable: true, configurable: true,
});
Object.defineProperty(ReadableStream, 'from', { __proto__: null, enumerable: true });

// ---- stream abstract operations ----

function isReadableStream(value) {
  return isBrand(value, 'ReadableStream');
}

function initializeReadableStream(stream) {
  stream[kState] = {
    state: 'readable',
    reader: undefined,
    storedError: undefined,
    disturbed: false,
    controller: undefined,
  };
}

function isReadableStreamLocked(stream) {
  return stream[kState].reader !== undefined;
}

function readableStreamCancel(stream, reason) {
  const s = stream[kState];
  s.disturbed = true;
  if (s.state === 'closed') return Promise.resolve(undefined);
  if (s.state === 'errored') return Promise.reject(s.storedError);
  readableStreamClose(stream);
  const reader = s.reader;
  if (reader !== undefined && isBrand(reader, 'ReadableStreamBYOBReader')) {
    const requests = reader[kState].readIntoRequests;
    reader[kState].readIntoRequests = [];
    for (const req of requests) req.close(undefined);
  }
  const sourceCancelPromise = s.controller[kState].cancelSteps(reason);
  return sourceCancelPromise.then(() => undefined);
}

function readableStreamClose(stream) {
  const s = stream[kState];
  s.state = 'closed';
  const reader = s.reader;
  if (reader === undefined) return;
  reader[kState].close.resolve(undefined);
  if (isBrand(reader, 'ReadableStreamDefaultReader')) {
    const requests = reader[kState].readRequests;
    reader[kState].readRequests = [];
    for (const req of requests) req.close();
  }
}

function readableStreamError(stream, error) {
  const s = stream[kState];
  s.state = 'errored';
  s.storedError = error;
  const reader = s.reader;
  if (reader === undefined) return;
  reader[kState].close.reject(error);
  setPromiseHandled(reader[kState].close.promise);
  if (isBrand(reader, 'ReadableStreamDefaultReader')) {
    readableStreamDefaultReaderErrorReadRequests(reader, error);
  } else {
    readableStreamBYOBReaderErrorReadIntoRequests(reader, error);
  }
}

function readableStreamAddReadRequest(stream, readRequest) {
  stream[kState].reader[kState].readRequests.push(readRequest);
}

function readableStreamAddReadIntoRequest(stream, readIntoRequest) {
  stream[kState].reader[kState].readIntoRequests.push(readIntoRequest);
}

function readableStreamFulfillReadRequest(stream, chunk, done) {
  const reader = stream[kState].reader;
  const readRequest = reader[kState].readRequests.shift();
  if (done) readRequest.close();
  else readRequest.chunk(chunk);
}

function readableStreamFulfillReadIntoRequest(stream, chunk, done) {
  const reader = stream[kState].reader;
  const readIntoRequest = reader[kState].readIntoRequests.shift();
  if (done) readIntoRequest.close(chunk);
  else readIntoRequest.chunk(chunk);
}

function readableStreamGetNumReadRequests(stream) {
  return stream[kState].reader[kState].readRequests.length;
}

function readableStreamGetNumReadIntoRequests(stream) {
  return stream[kState].reader[kState].readIntoRequests.length;
}

function readableStreamHasDefaultReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && isBrand(reader, 'ReadableStreamDefaultReader');
}

function readableStreamHasBYOBReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && isBrand(reader, 'ReadableStreamBYOBReader');
}

// ---- reader abstract operations ----

function readableStreamReaderGenericInitialize(reader, stream) {
  const r = reader[kState];
  r.stream = stream;
  stream[kState].reader = reader;
  r.close = createPromiseCapability();
  const state = stream[kState].state;
  if (state === 'closed') {
    r.close.resolve(undefined);
  } else if (state === 'errored') {
    r.close.reject(stream[kState].storedError);
    setPromiseHandled(r.close.promise);
  }
}

function readableStreamReaderGenericCancel(reader, reason) {
  return readableStreamCancel(reader[kState].stream, reason);
}

function readableStreamReaderGenericRelease(reader) {
  const r = reader[kState];
  const stream = r.stream;
  const releasedError = new ERR_INVALID_STATE.TypeError('Reader released');
  if (stream[kState].state === 'readable') {
    r.close.reject(releasedError);
  } else {
    r.close = createPromiseCapability();
    r.close.reject(releasedError);
  }
  setPromiseHandled(r.close.promise);
  stream[kState].controller[kState].releaseSteps();
  stream[kState].reader = undefined;
  r.stream = undefined;
}

function setupReadableStreamDefaultReader(reader, stream) {
  if (isReadableStreamLocked(stream)) throw lockedError();
  readableStreamReaderGenericInitialize(reader, stream);
  reader[kState].readRequests = [];
}

function setupReadableStreamBYOBReader(reader, stream) {
  if (isReadableStreamLocked(stream)) throw lockedError();
  if (!isBrand(stream[kState].controller, 'ReadableByteStreamController')) {
    throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be a byte stream');
  }
  readableStreamReaderGenericInitialize(reader, stream);
  reader[kState].readIntoRequests = [];
}

function readableStreamDefaultReaderRead(reader, readRequest) {
  const stream = reader[kState].stream;
  const s = stream[kState];
  s.disturbed = true;
  if (s.state === 'closed') readRequest.close();
  else if (s.state === 'errored') readRequest.error(s.storedError);
  else s.controller[kState].pullSteps(readRequest);
}

function readableStreamDefaultReaderErrorReadRequests(reader, e) {
  const requests = reader[kState].readRequests;
  reader[kState].readRequests = [];
  for (const req of requests) req.error(e);
}

function readableStreamDefaultReaderRelease(reader) {
  readableStreamReaderGenericRelease(reader);
  readableStreamDefaultReaderErrorReadRequests(reader,
    new ERR_INVALID_STATE.TypeError('Releasing reader'));
}

function readableStreamBYOBReaderRead(reader, view, min, readIntoRequest) {
  const stream = reader[kState].stream;
  stream[kState].disturbed = true;
  if (stream[kState].state === 'errored') readIntoRequest.error(stream[kState].storedError);
  else readableByteStreamControllerPullInto(stream[kState].controller, view, min, readIntoRequest);
}

function readableStreamBYOBReaderErrorReadIntoRequests(reader, e) {
  const requests = reader[kState].readIntoRequests;
  reader[kState].readIntoRequests = [];
  for (const req of requests) req.error(e);
}

function readableStreamBYOBReaderRelease(reader) {
  readableStreamReaderGenericRelease(reader);
  readableStreamBYOBReaderErrorReadIntoRequests(reader,
    new ERR_INVALID_STATE.TypeError('Releasing reader'));
}

// ---- default controller ----

function setupReadableStreamDefaultController(stream, controller, startAlgorithm, pullAlgorithm,
                                              cancelAlgorithm, highWaterMark, sizeAlgorithm) {
  const c = {
    stream,
    queue: [],
    queueTotalSize: 0,
    started: false,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    strategySizeAlgorithm: sizeAlgorithm,
    strategyHWM: highWaterMark,
    pullAlgorithm,
    cancelAlgorithm,
    cancelSteps(reason) {
      resetQueue(c);
      const result = c.cancelAlgorithm(reason);
      readableStreamDefaultControllerClearAlgorithms(controller);
      return result;
    },
    pullSteps(readRequest) {
      if (c.queue.length > 0) {
        const chunk = dequeueValue(c);
        if (c.closeRequested && c.queue.length === 0) {
          readableStreamDefaultControllerClearAlgorithms(controller);
          readableStreamClose(stream);
        } else {
          readableStreamDefaultControllerCallPullIfNeeded(controller);
        }
        readRequest.chunk(chunk);
      } else {
        readableStreamAddReadRequest(stream, readRequest);
        readableStreamDefaultControllerCallPullIfNeeded(controller);
      }
    },
    releaseSteps() {},
  };
  controller[kState] = c;
  stream[kState].controller = controller;
  const startResult = startAlgorithm();
  Promise.resolve(startResult).then(() => {
    c.started = true;
    readableStreamDefaultControllerCallPullIfNeeded(controller);
  }, (r) => {
    readableStreamDefaultControllerError(controller, r);
  });
}

function setupReadableStreamDefaultControllerFromSource(stream, source, highWaterMark, sizeAlgorithm) {
  const controller = new ReadableStreamDefaultController(kInternal);
  const start = getMethod(source, 'start', 'source');
  const pull = getMethod(source, 'pull', 'source');
  const cancel = getMethod(source, 'cancel', 'source');
  const startAlgorithm = start ? () => start.call(source, controller) : () => undefined;
  const pullAlgorithm = pull ? () => promiseCall(pull, source, controller) : () => Promise.resolve();
  const cancelAlgorithm = cancel ? (reason) => promiseCall(cancel, source, reason) : () => Promise.resolve();
  setupReadableStreamDefaultController(stream, controller, startAlgorithm, pullAlgorithm,
                                       cancelAlgorithm, highWaterMark, sizeAlgorithm);
}

function readableStreamDefaultControllerCallPullIfNeeded(controller) {
  const c = controller[kState];
  if (!readableStreamDefaultControllerShouldCallPull(controller)) return;
  if (c.pulling) {
    c.pullAgain = true;
    return;
  }
  c.pulling = true;
  c.pullAlgorithm().then(() => {
    c.pulling = false;
    if (c.pullAgain) {
      c.pullAgain = false;
      readableStreamDefaultControllerCallPullIfNeeded(controller);
    }
  }, (e) => {
    readableStreamDefaultControllerError(controller, e);
  });
}

function readableStreamDefaultControllerShouldCallPull(controller) {
  const c = controller[kState];
  const stream = c.stream;
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return false;
  if (!c.started) return false;
  if (isReadableStreamLocked(stream) && readableStreamHasDefaultReader(stream) &&
      readableStreamGetNumReadRequests(stream) > 0) {
    return true;
  }
  return readableStreamDefaultControllerGetDesiredSize(controller) > 0;
}

function readableStreamDefaultControllerClearAlgorithms(controller) {
  const c = controller[kState];
  c.pullAlgorithm = undefined;
  c.cancelAlgorithm = () => Promise.resolve();
  c.strategySizeAlgorithm = undefined;
}

function readableStreamDefaultControllerClose(controller) {
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return;
  const c = controller[kState];
  c.closeRequested = true;
  if (c.queue.length === 0) {
    readableStreamDefaultControllerClearAlgorithms(controller);
    readableStreamClose(c.stream);
  }
}

function readableStreamDefaultControllerEnqueue(controller, chunk) {
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return;
  const c = controller[kState];
  const stream = c.stream;
  if (isReadableStreamLocked(stream) && readableStreamHasDefaultReader(stream) &&
      readableStreamGetNumReadRequests(stream) > 0) {
    readableStreamFulfillReadRequest(stream, chunk, false);
  } else {
    let chunkSize;
    try {
      chunkSize = c.strategySizeAlgorithm(chunk);
    } catch (err) {
      readableStreamDefaultControllerError(controller, err);
      throw err;
    }
    try {
      enqueueValueWithSize(c, chunk, chunkSize);
    } catch (err) {
      readableStreamDefaultControllerError(controller, err);
      throw err;
    }
  }
  readableStreamDefaultControllerCallPullIfNeeded(controller);
}

function readableStreamDefaultControllerError(controller, e) {
  const c = controller[kState];
  const stream = c.stream;
  if (stream[kState].state !== 'readable') return;
  resetQueue(c);
  readableStreamDefaultControllerClearAlgorithms(controller);
  readableStreamError(stream, e);
}

function readableStreamDefaultControllerGetDesiredSize(controller) {
  const c = controller[kState];
  const state = c.stream[kState].state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return c.strategyHWM - c.queueTotalSize;
}

function readableStreamDefaultControllerHasBackpressure(controller) {
  return !readableStreamDefaultControllerShouldCallPull(controller);
}

function readableStreamDefaultControllerCanCloseOrEnqueue(controller) {
  const c = controller[kState];
  return !c.closeRequested && c.stream[kState].state === 'readable';
}

// ---- byte stream controller ----

function setupReadableByteStreamController(stream, controller, startAlgorithm, pullAlgorithm,
                                           cancelAlgorithm, highWaterMark, autoAllocateChunkSize) {
  const c = {
    stream,
    pullAgain: false,
    pulling: false,
    byobRequest: null,
    queue: [],
    queueTotalSize: 0,
    closeRequested: false,
    started: false,
    strategyHWM: highWaterMark,
    pullAlgorithm,
    cancelAlgorithm,
    autoAllocateChunkSize,
    pendingPullIntos: [],
    cancelSteps(reason) {
      readableByteStreamControllerClearPendingPullIntos(controller);
      resetQueue(c);
      const result = c.cancelAlgorithm(reason);
      readableByteStreamControllerClearAlgorithms(controller);
      return result;
    },
    pullSteps(readRequest) {
      if (c.queueTotalSize > 0) {
        readableByteStreamControllerFillReadRequestFromQueue(controller, readRequest);
        return;
      }
      if (c.autoAllocateChunkSize !== undefined) {
        let buffer;
        try {
          buffer = new ArrayBuffer(c.autoAllocateChunkSize);
        } catch (e) {
          readRequest.error(e);
          return;
        }
        c.pendingPullIntos.push({
          buffer, bufferByteLength: c.autoAllocateChunkSize, byteOffset: 0,
          byteLength: c.autoAllocateChunkSize, bytesFilled: 0, minimumFill: 1, elementSize: 1,
          viewConstructor: Uint8Array, readerType: 'default',
        });
      }
      readableStreamAddReadRequest(stream, readRequest);
      readableByteStreamControllerCallPullIfNeeded(controller);
    },
    releaseSteps() {
      if (c.pendingPullIntos.length > 0) {
        const first = c.pendingPullIntos[0];
        first.readerType = 'none';
        c.pendingPullIntos = [first];
      }
    },
  };
  controller[kState] = c;
  stream[kState].controller = controller;
  const startResult = startAlgorithm();
  Promise.resolve(startResult).then(() => {
    c.started = true;
    readableByteStreamControllerCallPullIfNeeded(controller);
  }, (r) => {
    readableByteStreamControllerError(controller, r);
  });
}

function setupReadableByteStreamControllerFromSource(stream, source, highWaterMark) {
  const controller = new ReadableByteStreamController(kInternal);
  const start = getMethod(source, 'start', 'source');
  const pull = getMethod(source, 'pull', 'source');
  const cancel = getMethod(source, 'cancel', 'source');
  const startAlgorithm = start ? () => start.call(source, controller) : () => undefined;
  const pullAlgorithm = pull ? () => promiseCall(pull, source, controller) : () => Promise.resolve();
  const cancelAlgorithm = cancel ? (reason) => promiseCall(cancel, source, reason) : () => Promise.resolve();
  let autoAllocateChunkSize = source?.autoAllocateChunkSize;
  if (autoAllocateChunkSize !== undefined) {
    autoAllocateChunkSize = Number(autoAllocateChunkSize);
    if (!Number.isInteger(autoAllocateChunkSize) || autoAllocateChunkSize <= 0) {
      throw new ERR_INVALID_ARG_VALUE('source.autoAllocateChunkSize', source.autoAllocateChunkSize);
    }
  }
  setupReadableByteStreamController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
                                    highWaterMark, autoAllocateChunkSize);
}

function readableByteStreamControllerGetBYOBRequest(controller) {
  const c = controller[kState];
  if (c.byobRequest === null && c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    const view = new Uint8Array(first.buffer, first.byteOffset + first.bytesFilled,
                                first.byteLength - first.bytesFilled);
    const byobRequest = new ReadableStreamBYOBRequest(kInternal);
    byobRequest[kState].controller = controller;
    byobRequest[kState].view = view;
    c.byobRequest = byobRequest;
  }
  return c.byobRequest;
}

function readableByteStreamControllerGetDesiredSize(controller) {
  const c = controller[kState];
  const state = c.stream[kState].state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return c.strategyHWM - c.queueTotalSize;
}

function readableByteStreamControllerCallPullIfNeeded(controller) {
  const c = controller[kState];
  if (!readableByteStreamControllerShouldCallPull(controller)) return;
  if (c.pulling) {
    c.pullAgain = true;
    return;
  }
  c.pulling = true;
  c.pullAlgorithm().then(() => {
    c.pulling = false;
    if (c.pullAgain) {
      c.pullAgain = false;
      readableByteStreamControllerCallPullIfNeeded(controller);
    }
  }, (e) => readableByteStreamControllerError(controller, e));
}

function readableByteStreamControllerShouldCallPull(controller) {
  const c = controller[kState];
  const stream = c.stream;
  if (stream[kState].state !== 'readable') return false;
  if (c.closeRequested) return false;
  if (!c.started) return false;
  if (readableStreamHasDefaultReader(stream) && readableStreamGetNumReadRequests(stream) > 0) return true;
  if (readableStreamHasBYOBReader(stream) && readableStreamGetNumReadIntoRequests(stream) > 0) return true;
  return readableByteStreamControllerGetDesiredSize(controller) > 0;
}

function readableByteStreamControllerClearAlgorithms(controller) {
  const c = controller[kState];
  c.pullAlgorithm = undefined;
  c.cancelAlgorithm = () => Promise.resolve();
}

function readableByteStreamControllerClearPendingPullIntos(controller) {
  readableByteStreamControllerInvalidateBYOBRequest(controller);
  controller[kState].pendingPullIntos = [];
}

function readableByteStreamControllerInvalidateBYOBRequest(controller) {
  const c = controller[kState];
  if (c.byobRequest === null) return;
  c.byobRequest[kState].controller = undefined;
  c.byobRequest[kState].view = null;
  c.byobRequest = null;
}

function readableByteStreamControllerClose(controller) {
  const c = controller[kState];
  const stream = c.stream;
  if (c.closeRequested || stream[kState].state !== 'readable') return;
  if (c.queueTotalSize > 0) {
    c.closeRequested = true;
    return;
  }
  if (c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    if (first.bytesFilled % first.elementSize !== 0) {
      const e = new ERR_INVALID_STATE.TypeError('Partial read');
      readableByteStreamControllerError(controller, e);
      throw e;
    }
  }
  readableByteStreamControllerClearAlgorithms(controller);
  readableStreamClose(stream);
}

function readableByteStreamControllerError(controller, e) {
  const c = controller[kState];
  const stream = c.stream;
  if (stream[kState].state !== 'readable') return;
  readableByteStreamControllerClearPendingPullIntos(controller);
  resetQueue(c);
  readableByteStreamControllerClearAlgorithms(controller);
  readableStreamError(stream, e);
}

function readableByteStreamControllerEnqueue(controller, chunk) {
  const c = controller[kState];
  const stream = c.stream;
  if (c.closeRequested || stream[kState].state !== 'readable') return;
  const { buffer, byteOffset, byteLength } = chunk;
  if (isDetached(buffer)) {
    throw new ERR_INVALID_STATE.TypeError('chunk\'s buffer is detached');
  }
  const transferredBuffer = transferArrayBuffer(buffer);
  if (c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    if (isDetached(first.buffer)) {
      throw new ERR_INVALID_STATE.TypeError('The BYOB request\'s buffer has been detached');
    }
    readableByteStreamControllerInvalidateBYOBRequest(controller);
    first.buffer = transferArrayBuffer(first.buffer);
    if (first.readerType === 'none') {
      readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, first);
    }
  }
  if (readableStreamHasDefaultReader(stream)) {
    readableByteStreamControllerProcessReadRequestsUsingQueue(controller);
    if (readableStreamGetNumReadRequests(stream) === 0) {
      readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    } else {
      if (c.pendingPullIntos.length > 0) readableByteStreamControllerShiftPendingPullInto(controller);
      const view = new Uint8Array(transferredBuffer, byteOffset, byteLength);
      readableStreamFulfillReadRequest(stream, view, false);
    }
  } else if (readableStreamHasBYOBReader(stream)) {
    readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    const filled = readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
    for (const d of filled) readableByteStreamControllerCommitPullIntoDescriptor(stream, d);
  } else {
    readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
  }
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerEnqueueChunkToQueue(controller, buffer, byteOffset, byteLength) {
  const c = controller[kState];
  c.queue.push({ buffer, byteOffset, byteLength });
  c.queueTotalSize += byteLength;
}

function readableByteStreamControllerEnqueueClonedChunkToQueue(controller, buffer, byteOffset, byteLength) {
  const clone = buffer.slice(byteOffset, byteOffset + byteLength);
  readableByteStreamControllerEnqueueChunkToQueue(controller, clone, 0, byteLength);
}

function readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, d) {
  if (d.bytesFilled > 0) {
    readableByteStreamControllerEnqueueClonedChunkToQueue(controller, d.buffer, d.byteOffset, d.bytesFilled);
  }
  readableByteStreamControllerShiftPendingPullInto(controller);
}

function readableByteStreamControllerFillReadRequestFromQueue(controller, readRequest) {
  const c = controller[kState];
  const entry = c.queue.shift();
  c.queueTotalSize -= entry.byteLength;
  readableByteStreamControllerHandleQueueDrain(controller);
  const view = new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength);
  readRequest.chunk(view);
}

function readableByteStreamControllerProcessReadRequestsUsingQueue(controller) {
  const c = controller[kState];
  const reader = c.stream[kState].reader;
  while (reader[kState].readRequests.length > 0) {
    if (c.queueTotalSize === 0) return;
    const readRequest = reader[kState].readRequests.shift();
    readableByteStreamControllerFillReadRequestFromQueue(controller, readRequest);
  }
}

function readableByteStreamControllerHandleQueueDrain(controller) {
  const c = controller[kState];
  if (c.queueTotalSize === 0 && c.closeRequested) {
    readableByteStreamControllerClearAlgorithms(controller);
    readableStreamClose(c.stream);
  } else {
    readableByteStreamControllerCallPullIfNeeded(controller);
  }
}

function readableByteStreamControllerShiftPendingPullInto(controller) {
  return controller[kState].pendingPullIntos.shift();
}

function readableByteStreamControllerConvertPullIntoDescriptor(d) {
  const buffer = transferArrayBuffer(d.buffer);
  const Ctor = d.viewConstructor;
  return new Ctor(buffer, d.byteOffset, d.bytesFilled / d.elementSize);
}

function readableByteStreamControllerCommitPullIntoDescriptor(stream, d) {
  let done = false;
  if (stream[kState].state === 'closed') done = true;
  const filledView = readableByteStreamControllerConvertPullIntoDescriptor(d);
  if (d.readerType === 'default') {
    readableStreamFulfillReadRequest(stream, filledView, done);
  } else {
    readableStreamFulfillReadIntoRequest(stream, filledView, done);
  }
}

function readableByteStreamControllerFillHeadPullIntoDescriptor(controller, size, d) {
  d.bytesFilled += size;
}

function readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, d) {
  const c = controller[kState];
  const maxBytesToCopy = Math.min(c.queueTotalSize, d.byteLength - d.bytesFilled);
  const maxBytesFilled = d.bytesFilled + maxBytesToCopy;
  let totalBytesToCopyRemaining = maxBytesToCopy;
  let ready = false;
  const remainderBytes = maxBytesFilled % d.elementSize;
  const maxAlignedBytes = maxBytesFilled - remainderBytes;
  if (maxAlignedBytes >= d.minimumFill) {
    totalBytesToCopyRemaining = maxAlignedBytes - d.bytesFilled;
    ready = true;
  }
  while (totalBytesToCopyRemaining > 0) {
    const head = c.queue[0];
    const bytesToCopy = Math.min(totalBytesToCopyRemaining, head.byteLength);
    const destStart = d.byteOffset + d.bytesFilled;
    copyDataBlockBytes(d.buffer, destStart, head.buffer, head.byteOffset, bytesToCopy);
    if (head.byteLength === bytesToCopy) {
      c.queue.shift();
    } else {
      head.byteOffset += bytesToCopy;
      head.byteLength -= bytesToCopy;
    }
    c.queueTotalSize -= bytesToCopy;
    readableByteStreamControllerFillHeadPullIntoDescriptor(controller, bytesToCopy, d);
    totalBytesToCopyRemaining -= bytesToCopy;
  }
  return ready;
}

function readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller) {
  const c = controller[kState];
  const filled = [];
  while (c.pendingPullIntos.length > 0) {
    if (c.queueTotalSize === 0) break;
    const d = c.pendingPullIntos[0];
    if (readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, d)) {
      readableByteStreamControllerShiftPendingPullInto(controller);
      filled.push(d);
    }
  }
  return filled;
}

function readableByteStreamControllerPullInto(controller, view, min, readIntoRequest) {
  const c = controller[kState];
  const stream = c.stream;
  let elementSize = 1;
  let ctor = DataView;
  if (!(view instanceof DataView)) {
    elementSize = view.BYTES_PER_ELEMENT;
    ctor = view.constructor;
  }
  const minimumFill = min * elementSize;
  const { byteOffset, byteLength } = view;
  let buffer;
  try {
    buffer = transferArrayBuffer(view.buffer);
  } catch (e) {
    readIntoRequest.error(e);
    return;
  }
  const d = {
    buffer, bufferByteLength: buffer.byteLength, byteOffset, byteLength, bytesFilled: 0,
    minimumFill, elementSize, viewConstructor: ctor, readerType: 'byob',
  };
  if (c.pendingPullIntos.length > 0) {
    c.pendingPullIntos.push(d);
    readableStreamAddReadIntoRequest(stream, readIntoRequest);
    return;
  }
  if (stream[kState].state === 'closed') {
    const emptyView = new ctor(d.buffer, d.byteOffset, 0);
    readIntoRequest.close(emptyView);
    return;
  }
  if (c.queueTotalSize > 0) {
    if (readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, d)) {
      const filledView = readableByteStreamControllerConvertPullIntoDescriptor(d);
      readableByteStreamControllerHandleQueueDrain(controller);
      readIntoRequest.chunk(filledView);
      return;
    }
    if (c.closeRequested) {
      const e = new ERR_INVALID_STATE.TypeError('Partial read');
      readableByteStreamControllerError(controller, e);
      readIntoRequest.error(e);
      return;
    }
  }
  c.pendingPullIntos.push(d);
  readableStreamAddReadIntoRequest(stream, readIntoRequest);
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerRespond(controller, bytesWritten) {
  const c = controller[kState];
  const first = c.pendingPullIntos[0];
  const state = c.stream[kState].state;
  if (state === 'closed') {
    if (bytesWritten !== 0) {
      throw new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten);
    }
  } else {
    if (bytesWritten === 0) throw new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten);
    if (first.bytesFilled + bytesWritten > first.byteLength) {
      throw rangeArgValue('bytesWritten', bytesWritten);
    }
  }
  first.buffer = transferArrayBuffer(first.buffer);
  readableByteStreamControllerRespondInternal(controller, bytesWritten);
}

function readableByteStreamControllerRespondInternal(controller, bytesWritten) {
  const c = controller[kState];
  const first = c.pendingPullIntos[0];
  readableByteStreamControllerInvalidateBYOBRequest(controller);
  if (c.stream[kState].state === 'closed') {
    readableByteStreamControllerRespondInClosedState(controller, first);
  } else {
    readableByteStreamControllerRespondInReadableState(controller, bytesWritten, first);
  }
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerRespondInClosedState(controller, first) {
  const c = controller[kState];
  const stream = c.stream;
  if (first.readerType === 'none') readableByteStreamControllerShiftPendingPullInto(controller);
  if (readableStreamHasBYOBReader(stream)) {
    while (readableStreamGetNumReadIntoRequests(stream) > 0) {
      const d = readableByteStreamControllerShiftPendingPullInto(controller);
      readableByteStreamControllerCommitPullIntoDescriptor(stream, d);
    }
  }
}

function readableByteStreamControllerRespondInReadableState(controller, bytesWritten, d) {
  const c = controller[kState];
  readableByteStreamControllerFillHeadPullIntoDescriptor(controller, bytesWritten, d);
  if (d.readerType === 'none') {
    readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, d);
    const filled = readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
    for (const f of filled) readableByteStreamControllerCommitPullIntoDescriptor(c.stream, f);
    return;
  }
  if (d.bytesFilled < d.minimumFill) return;
  readableByteStreamControllerShiftPendingPullInto(controller);
  const remainderSize = d.bytesFilled % d.elementSize;
  if (remainderSize > 0) {
    const end = d.byteOffset + d.bytesFilled;
    readableByteStreamControllerEnqueueClonedChunkToQueue(controller, d.buffer, end - remainderSize, remainderSize);
  }
  d.bytesFilled -= remainderSize;
  const filled = readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
  readableByteStreamControllerCommitPullIntoDescriptor(c.stream, d);
  for (const f of filled) readableByteStreamControllerCommitPullIntoDescriptor(c.stream, f);
}

function readableByteStreamControllerRespondWithNewView(controller, view) {
  const c = controller[kState];
  const first = c.pendingPullIntos[0];
  const state = c.stream[kState].state;
  if (state === 'closed') {
    if (view.byteLength !== 0) throw new ERR_INVALID_ARG_VALUE('view', view, 'must have zero length');
  } else if (view.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('view', view, 'cannot be zero length');
  }
  if (first.byteOffset + first.bytesFilled !== view.byteOffset) {
    throw rangeArgValue('view', view);
  }
  if (first.bufferByteLength !== view.buffer.byteLength) {
    throw rangeArgValue('view', view);
  }
  if (first.bytesFilled + view.byteLength > first.byteLength) {
    throw rangeArgValue('view', view);
  }
  const viewByteLength = view.byteLength;
  first.buffer = transferArrayBuffer(view.buffer);
  readableByteStreamControllerRespondInternal(controller, viewByteLength);
}

// ---- creation helpers ----

function createReadableStream(startAlgorithm, pullAlgorithm, cancelAlgorithm,
                              highWaterMark = 1, sizeAlgorithm = () => 1) {
  const stream = Object.create(ReadableStream.prototype);
  stream[kType] = 'ReadableStream';
  initializeReadableStream(stream);
  const controller = new ReadableStreamDefaultController(kInternal);
  setupReadableStreamDefaultController(stream, controller, startAlgorithm, pullAlgorithm,
                                       cancelAlgorithm, highWaterMark, sizeAlgorithm);
  return stream;
}

function createReadableByteStream(startAlgorithm, pullAlgorithm, cancelAlgorithm) {
  const stream = Object.create(ReadableStream.prototype);
  stream[kType] = 'ReadableStream';
  initializeReadableStream(stream);
  const controller = new ReadableByteStreamController(kInternal);
  setupReadableByteStreamController(stream, controller, startAlgorithm, pullAlgorithm,
                                    cancelAlgorithm, 0, undefined);
  return stream;
}

// ---- tee ----

function readableStreamTee(stream, cloneForBranch2) {
  const isBytes = isBrand(stream[kState].controller, 'ReadableByteStreamController');
  const reader = new ReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgain = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = createPromiseCapability();

  const enqueue = (branch, chunk) => {
    const ctl = branch[kState].controller;
    if (isBytes) readableByteStreamControllerEnqueue(ctl, chunk);
    else readableStreamDefaultControllerEnqueue(ctl, chunk);
  };
  const close = (branch) => {
    const ctl = branch[kState].controller;
    if (isBytes) {
      readableByteStreamControllerClose(ctl);
      const c = ctl[kState];
      if (c.pendingPullIntos.length > 0) readableByteStreamControllerRespond(ctl, 0);
    } else {
      readableStreamDefaultControllerClose(ctl);
    }
  };
  const error = (branch, r) => {
    const ctl = branch[kState].controller;
    if (isBytes) readableByteStreamControllerError(ctl, r);
    else readableStreamDefaultControllerError(ctl, r);
  };

  function pullAlgorithm() {
    if (reading) {
      readAgain = true;
      return Promise.resolve();
    }
    reading = true;
    readableStreamDefaultReaderRead(reader, {
      chunk(chunk) {
        queueMicrotask(() => {
          readAgain = false;
          let chunk1 = chunk;
          let chunk2 = chunk;
          if (isBytes) {
            if (!canceled1 && !canceled2) chunk2 = new Uint8Array(chunk);
          } else if (!canceled2 && cloneForBranch2) {
            chunk2 = structuredClone(chunk2);
          }
          if (!canceled1) enqueue(branch1, chunk1);
          if (!canceled2) enqueue(branch2, chunk2);
          reading = false;
          if (readAgain) pullAlgorithm();
        });
      },
      close() {
        reading = false;
        if (!canceled1) close(branch1);
        if (!canceled2) close(branch2);
        if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
      },
      error() {
        reading = false;
      },
    });
    return Promise.resolve();
  }

  function cancel1Algorithm(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) {
      cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    }
    return cancelPromise.promise;
  }

  function cancel2Algorithm(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) {
      cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    }
    return cancelPromise.promise;
  }

  if (isBytes) {
    branch1 = createReadableByteStream(() => undefined, pullAlgorithm, cancel1Algorithm);
    branch2 = createReadableByteStream(() => undefined, pullAlgorithm, cancel2Algorithm);
  } else {
    branch1 = createReadableStream(() => undefined, pullAlgorithm, cancel1Algorithm);
    branch2 = createReadableStream(() => undefined, pullAlgorithm, cancel2Algorithm);
  }

  reader[kState].close.promise.then(undefined, (r) => {
    error(branch1, r);
    error(branch2, r);
    if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
  });

  return [branch1, branch2];
}

// ---- pipeTo ----

function readableStreamPipeTo(source, dest, preventClose, preventAbort, preventCancel, signal) {
  const reader = new ReadableStreamDefaultReader(source);
  const writer = new ws.WritableStreamDefaultWriter(dest);
  source[kState].disturbed = true;
  let shuttingDown = false;
  let currentWrite = Promise.resolve();
  const promise = createPromiseCapability();
  let abortAlgorithm;

  if (signal !== undefined) {
    abortAlgorithm = () => {
      const error = signal.reason !== undefined ? signal.reason : new AbortError();
      const actions = [];
      if (!preventAbort) {
        actions.push(() => {
          if (dest[kState].state === 'writable') return ws.writableStreamAbort(dest, error);
          return Promise.resolve();
        });
      }
      if (!preventCancel) {
        actions.push(() => {
          if (source[kState].state === 'readable') return readableStreamCancel(source, error);
          return Promise.resolve();
        });
      }
      shutdownWithAnAction(() => Promise.all(actions.map((a) => a())), true, error);
    };
    if (signal.aborted) {
      abortAlgorithm();
      return promise.promise;
    }
    signal.addEventListener('abort', abortAlgorithm, { once: true });
  }

  function waitForWritesToFinish() {
    const oldCurrentWrite = currentWrite;
    return oldCurrentWrite.then(() => (oldCurrentWrite !== currentWrite ? waitForWritesToFinish() : undefined));
  }

  function shutdownWithAnAction(action, hasError, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    const doAction = () => {
      action().then(() => finalize(hasError, error), (e) => finalize(true, e));
    };
    if (dest[kState].state === 'writable' && !ws.writableStreamCloseQueuedOrInFlight(dest)) {
      waitForWritesToFinish().then(doAction);
    } else {
      doAction();
    }
  }

  function shutdown(hasError, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    if (dest[kState].state === 'writable' && !ws.writableStreamCloseQueuedOrInFlight(dest)) {
      waitForWritesToFinish().then(() => finalize(hasError, error));
    } else {
      finalize(hasError, error);
    }
  }

  function finalize(hasError, error) {
    ws.writableStreamDefaultWriterRelease(writer);
    readableStreamDefaultReaderRelease(reader);
    if (signal !== undefined) signal.removeEventListener('abort', abortAlgorithm);
    if (hasError) promise.reject(error);
    else promise.resolve(undefined);
  }

  // Error and close propagation.
  function checkSourceState() {
    const s = source[kState];
    if (s.state === 'errored') {
      if (!preventAbort) {
        shutdownWithAnAction(() => ws.writableStreamAbort(dest, s.storedError), true, s.storedError);
      } else {
        shutdown(true, s.storedError);
      }
      return true;
    }
    return false;
  }
  function checkDestState() {
    const d = dest[kState];
    if (d.state === 'errored' || d.state === 'erroring') {
      if (!preventCancel) {
        shutdownWithAnAction(() => readableStreamCancel(source, d.storedError), true, d.storedError);
      } else {
        shutdown(true, d.storedError);
      }
      return true;
    }
    return false;
  }
  function checkSourceClosed() {
    if (source[kState].state === 'closed') {
      if (!preventClose) {
        shutdownWithAnAction(() => ws.writableStreamDefaultWriterCloseWithErrorPropagation(writer));
      } else {
        shutdown();
      }
      return true;
    }
    return false;
  }
  function checkDestClosed() {
    const d = dest[kState];
    if (ws.writableStreamCloseQueuedOrInFlight(dest) || d.state === 'closed') {
      const destClosed = new ERR_INVALID_STATE.TypeError('Destination WritableStream closed');
      if (!preventCancel) {
        shutdownWithAnAction(() => readableStreamCancel(source, destClosed), true, destClosed);
      } else {
        shutdown(true, destClosed);
      }
      return true;
    }
    return false;
  }

  reader[kState].close.promise.then(() => {
    if (!shuttingDown) checkSourceClosed();
  }, () => {
    if (!shuttingDown) checkSourceState();
  });
  writer[kState].close.promise.then(undefined, () => {
    if (!shuttingDown) checkDestState();
  });

  function step() {
    if (shuttingDown) return;
    if (checkSourceState() || checkDestState() || checkSourceClosed() || checkDestClosed()) return;
    writer[kState].ready.promise.then(() => {
      if (shuttingDown) return;
      readableStreamDefaultReaderRead(reader, {
        chunk(chunk) {
          currentWrite = ws.writableStreamDefaultWriterWrite(writer, chunk).then(undefined, () => {});
          queueMicrotask(step);
        },
        close() {
          if (!shuttingDown) checkSourceClosed();
        },
        error() {
          if (!shuttingDown) checkSourceState();
        },
      });
    }, () => {
      if (!shuttingDown) checkDestState();
    });
  }
  queueMicrotask(step);
  return promise.promise;
}

// ---- async iteration ----

const AsyncIteratorPrototype = Object.getPrototypeOf(
  Object.getPrototypeOf(async function* () {}).prototype);

const ReadableStreamAsyncIteratorPrototype = Object.setPrototypeOf({
  next() {
    const state = this[kState];
    if (state === undefined) {
      return Promise.reject(new ERR_INVALID_THIS('ReadableStreamAsyncIterator'));
    }
    const run = () => {
      if (state.done) return Promise.resolve({ done: true, value: undefined });
      const reader = state.reader;
      if (reader[kState].stream === undefined) {
        return Promise.reject(new ERR_INVALID_STATE.TypeError(
          'The reader is not bound to a ReadableStream'));
      }
      const promise = createPromiseCapability();
      readableStreamDefaultReaderRead(reader, {
        chunk(value) {
          promise.resolve({ value, done: false });
        },
        close() {
          state.done = true;
          readableStreamDefaultReaderRelease(reader);
          promise.resolve({ value: undefined, done: true });
        },
        error(e) {
          state.done = true;
          readableStreamDefaultReaderRelease(reader);
          promise.reject(e);
        },
      });
      return promise.promise;
    };
    return enqueueIteratorOp(state, run);
  },
  return(value = undefined) {
    const state = this[kState];
    if (state === undefined) {
      return Promise.reject(new ERR_INVALID_THIS('ReadableStreamAsyncIterator'));
    }
    const run = () => {
      if (state.done) return Promise.resolve({ done: true, value });
      state.done = true;
      const reader = state.reader;
      if (reader[kState].stream === undefined) {
        return Promise.resolve({ done: true, value });
      }
      if (!state.preventCancel) {
        const result = readableStreamReaderGenericCancel(reader, value);
        readableStreamDefaultReaderRelease(reader);
        return result.then(() => ({ done: true, value }));
      }
      readableStreamDefaultReaderRelease(reader);
      return Promise.resolve({ done: true, value });
    };
    return enqueueIteratorOp(state, run);
  },
}, AsyncIteratorPrototype);

// Runs iterator operations one after another; runs at once when idle.
function enqueueIteratorOp(state, run) {
  const op = state.busy ? state.current.then(run, run) : run();
  state.busy = true;
  const current = op.then(() => {
    if (state.current === current) state.busy = false;
  }, () => {
    if (state.current === current) state.busy = false;
  });
  state.current = current;
  return op;
}

function createAsyncIterator(stream, preventCancel) {
  const reader = new ReadableStreamDefaultReader(stream);
  const it = Object.create(ReadableStreamAsyncIteratorPrototype);
  it[kState] = { reader, preventCancel, done: false, current: undefined, busy: false };
  return it;
}

// ---- ReadableStream.from ----

function readableStreamFromIterable(iterable) {
  let iterator;
  let nextMethod;
  if (iterable != null && typeof iterable[Symbol.asyncIterator] === 'function') {
    iterator = iterable[Symbol.asyncIterator]();
  } else if (iterable != null && typeof iterable[Symbol.iterator] === 'function') {
    const syncIterator = iterable[Symbol.iterator]();
    iterator = {
      next() {
        const r = syncIterator.next();
        return Promise.resolve(r.value).then((value) => ({ value, done: r.done }));
      },
      return(v) {
        if (typeof syncIterator.return !== 'function') return Promise.resolve({ value: v, done: true });
        return Promise.resolve(syncIterator.return(v));
      },
    };
  } else {
    throw new ERR_ARG_NOT_ITERABLE(iterable);
  }
  if (iterator === null || typeof iterator !== 'object') {
    throw new ERR_INVALID_STATE.TypeError('The iterator method must return an object');
  }
  nextMethod = iterator.next;
  let stream;
  const pullAlgorithm = () => {
    let nextResult;
    try {
      nextResult = nextMethod.call(iterator);
    } catch (e) {
      return Promise.reject(e);
    }
    return Promise.resolve(nextResult).then((result) => {
      if (result === null || typeof result !== 'object') {
        throw new ERR_INVALID_STATE.TypeError('The promise returned by the iterator.next() method must fulfill with an object');
      }
      if (result.done) {
        readableStreamDefaultControllerClose(stream[kState].controller);
      } else {
        readableStreamDefaultControllerEnqueue(stream[kState].controller, result.value);
      }
    });
  };
  const cancelAlgorithm = (reason) => {
    let returnMethod;
    try {
      returnMethod = iterator.return;
    } catch (e) {
      return Promise.reject(e);
    }
    if (returnMethod === undefined || returnMethod === null) return Promise.resolve();
    let returnResult;
    try {
      returnResult = returnMethod.call(iterator, reason);
    } catch (e) {
      return Promise.reject(e);
    }
    return Promise.resolve(returnResult).then((r) => {
      if (r === null || typeof r !== 'object') {
        throw new ERR_INVALID_STATE.TypeError('The promise returned by the iterator.return() method must fulfill with an object');
      }
    });
  };
  stream = createReadableStream(() => undefined, pullAlgorithm, cancelAlgorithm, 0);
  return stream;
}

function isReadableStreamDisturbed(stream) {
  return stream[kState].disturbed;
}

module.exports = {
  ReadableStream,
  ReadableStreamDefaultReader,
  ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest,
  ReadableByteStreamController,
  ReadableStreamDefaultController,
  createReadableStream,
  createReadableByteStream,
  isReadableStream,
  isReadableStreamLocked,
  isReadableStreamDisturbed,
  readableStreamCancel,
  readableStreamClose,
  readableStreamDefaultControllerCanCloseOrEnqueue,
  readableStreamDefaultControllerClose,
  readableStreamDefaultControllerEnqueue,
  readableStreamDefaultControllerError,
  readableStreamDefaultControllerGetDesiredSize,
  readableStreamDefaultControllerHasBackpressure,
  readableStreamDefaultReaderRead,
  readableStreamDefaultReaderRelease,
  readableStreamPipeTo,
  readableStreamTee,
};
