'use strict';
// WritableStream, WritableStreamDefaultWriter and
// WritableStreamDefaultController, following the WHATWG Streams standard.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_STATE, ERR_INVALID_THIS },
} = require('internal/errors');
const {
  kState, kType, checkThis, createPromiseCapability, customInspect, dequeueValue,
  enqueueValueWithSize, extractHighWaterMark, extractSizeAlgorithm, getMethod, isBrand,
  makeEnumerable, peekQueueValue, rangeArgValue, rejectThis, resetQueue, setPromiseHandled,
} = require('internal/webstreams/util');

const kCloseSentinel = Symbol('close');
const kInternal = Symbol('kInternal');

class WritableStream {
  constructor(underlyingSink = undefined, strategy = undefined) {
    if (underlyingSink !== undefined && underlyingSink !== null && typeof underlyingSink !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('underlyingSink', 'Object', underlyingSink);
    }
    if (strategy !== undefined && strategy !== null && typeof strategy !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('strategy', 'Object', strategy);
    }
    const type = underlyingSink?.type;
    if (type !== undefined) throw rangeArgValue('type', type, false);
    this[kType] = 'WritableStream';
    initializeWritableStream(this);
    const sizeAlgorithm = extractSizeAlgorithm(strategy);
    const highWaterMark = extractHighWaterMark(strategy, 1);
    setupWritableStreamDefaultControllerFromSink(this, underlyingSink, highWaterMark, sizeAlgorithm);
  }

  get locked() {
    checkThis(this, 'WritableStream');
    return isWritableStreamLocked(this);
  }

  abort(reason = undefined) {
    const r = rejectThis(this, 'WritableStream');
    if (r) return r;
    if (isWritableStreamLocked(this)) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('WritableStream is locked'));
    }
    return writableStreamAbort(this, reason);
  }

  close() {
    const r = rejectThis(this, 'WritableStream');
    if (r) return r;
    if (isWritableStreamLocked(this)) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('WritableStream is locked'));
    }
    if (writableStreamCloseQueuedOrInFlight(this)) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('Failure closing WritableStream'));
    }
    return writableStreamClose(this);
  }

  getWriter() {
    checkThis(this, 'WritableStream');
    return new WritableStreamDefaultWriter(this);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    return customInspect(this, 'WritableStream', {
      locked: this.locked,
      state: this[kState].state,
    }, depth, options);
  }
}

class WritableStreamDefaultWriter {
  constructor(stream) {
    if (!isBrand(stream, 'WritableStream')) {
      throw new ERR_INVALID_ARG_TYPE('stream', 'WritableStream', stream);
    }
    this[kType] = 'WritableStreamDefaultWriter';
    setUpWritableStreamDefaultWriter(this, stream);
  }

  get closed() {
    const r = rejectThis(this, 'WritableStreamDefaultWriter');
    if (r) return r;
    return this[kState].close.promise;
  }

  get desiredSize() {
    checkThis(this, 'WritableStreamDefaultWriter');
    if (this[kState].stream === undefined) {
      throw new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream');
    }
    return writableStreamDefaultWriterGetDesiredSize(this);
  }

  get ready() {
    const r = rejectThis(this, 'WritableStreamDefaultWriter');
    if (r) return r;
    return this[kState].ready.promise;
  }

  abort(reason = undefined) {
    const r = rejectThis(this, 'WritableStreamDefaultWriter');
    if (r) return r;
    if (this[kState].stream === undefined) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream'));
    }
    return writableStreamAbort(this[kState].stream, reason);
  }

  close() {
    const r = rejectThis(this, 'WritableStreamDefaultWriter');
    if (r) return r;
    const stream = this[kState].stream;
    if (stream === undefined) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream'));
    }
    if (writableStreamCloseQueuedOrInFlight(stream)) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('Failure to close WritableStream'));
    }
    return writableStreamClose(stream);
  }

  releaseLock() {
    checkThis(this, 'WritableStreamDefaultWriter');
    if (this[kState].stream === undefined) return;
    writableStreamDefaultWriterRelease(this);
  }

  write(chunk = undefined) {
    const r = rejectThis(this, 'WritableStreamDefaultWriter');
    if (r) return r;
    if (this[kState].stream === undefined) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream'));
    }
    return writableStreamDefaultWriterWrite(this, chunk);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    return customInspect(this, 'WritableStreamDefaultWriter', {
      stream: this[kState].stream,
      close: this[kState].close.promise,
      ready: this[kState].ready.promise,
      desiredSize: this[kState].stream ? writableStreamDefaultWriterGetDesiredSize(this) : undefined,
    }, depth, options);
  }
}

class WritableStreamDefaultController {
  constructor(token) {
    if (token !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kType] = 'WritableStreamDefaultController';
  }

  get signal() {
    checkThis(this, 'WritableStreamDefaultController');
    return this[kState].abortController.signal;
  }

  error(error = undefined) {
    checkThis(this, 'WritableStreamDefaultController');
    if (this[kState].stream[kState].state !== 'writable') return;
    writableStreamDefaultControllerError(this, error);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    return customInspect(this, 'WritableStreamDefaultController', {
      stream: this[kState].stream,
    }, depth, options);
  }
}

makeEnumerable(WritableStream, ['locked', 'abort', 'close', 'getWriter']);
makeEnumerable(WritableStreamDefaultWriter,
  ['closed', 'desiredSize', 'ready', 'abort', 'close', 'releaseLock', 'write']);
makeEnumerable(WritableStreamDefaultController, ['signal', 'error']);

// ---- abstract operations ----

function initializeWritableStream(stream) {
  stream[kState] = {
    state: 'writable',
    storedError: undefined,
    writer: undefined,
    controller: undefined,
    inFlightWriteRequest: undefined,
    closeRequest: undefined,
    inFlightCloseRequest: undefined,
    pendingAbortRequest: undefined,
    writeRequests: [],
    backpressure: false,
    transfer: false,
  };
}

function isWritableStreamLocked(stream) {
  return stream[kState].writer !== undefined;
}

function writableStreamAbort(stream, reason) {
  const s = stream[kState];
  if (s.state === 'closed' || s.state === 'errored') return Promise.resolve(undefined);
  s.controller[kState].abortController.abort(reason);
  const state = s.state;
  if (state === 'closed' || state === 'errored') return Promise.resolve(undefined);
  if (s.pendingAbortRequest !== undefined) return s.pendingAbortRequest.promise.promise;
  let wasAlreadyErroring = false;
  if (state === 'erroring') {
    wasAlreadyErroring = true;
    reason = undefined;
  }
  const promise = createPromiseCapability();
  s.pendingAbortRequest = { promise, reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) writableStreamStartErroring(stream, reason);
  return promise.promise;
}

function writableStreamClose(stream) {
  const s = stream[kState];
  const state = s.state;
  if (state === 'closed' || state === 'errored') {
    return Promise.reject(new ERR_INVALID_STATE.TypeError('WritableStream is closed'));
  }
  const promise = createPromiseCapability();
  s.closeRequest = promise;
  const writer = s.writer;
  if (writer !== undefined && s.backpressure && state === 'writable') {
    writer[kState].ready.resolve();
  }
  writableStreamDefaultControllerClose(s.controller);
  return promise.promise;
}

function writableStreamAddWriteRequest(stream) {
  const promise = createPromiseCapability();
  stream[kState].writeRequests.push(promise);
  return promise.promise;
}

function writableStreamDealWithRejection(stream, error) {
  if (stream[kState].state === 'writable') {
    writableStreamStartErroring(stream, error);
    return;
  }
  writableStreamFinishErroring(stream);
}

function writableStreamStartErroring(stream, reason) {
  const s = stream[kState];
  const controller = s.controller;
  s.state = 'erroring';
  s.storedError = reason;
  const writer = s.writer;
  if (writer !== undefined) writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, reason);
  if (!writableStreamHasOperationMarkedInFlight(stream) && controller[kState].started) {
    writableStreamFinishErroring(stream);
  }
}

function writableStreamFinishErroring(stream) {
  const s = stream[kState];
  s.state = 'errored';
  s.controller[kState].errorSteps();
  const storedError = s.storedError;
  for (const req of s.writeRequests) req.reject(storedError);
  s.writeRequests = [];
  if (s.pendingAbortRequest === undefined) {
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const abortRequest = s.pendingAbortRequest;
  s.pendingAbortRequest = undefined;
  if (abortRequest.wasAlreadyErroring) {
    abortRequest.promise.reject(storedError);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const promise = s.controller[kState].abortSteps(abortRequest.reason);
  promise.then(() => {
    abortRequest.promise.resolve();
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
  }, (reason) => {
    abortRequest.promise.reject(reason);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
  });
}

function writableStreamFinishInFlightWrite(stream) {
  stream[kState].inFlightWriteRequest.resolve(undefined);
  stream[kState].inFlightWriteRequest = undefined;
}

function writableStreamFinishInFlightWriteWithError(stream, error) {
  stream[kState].inFlightWriteRequest.reject(error);
  stream[kState].inFlightWriteRequest = undefined;
  writableStreamDealWithRejection(stream, error);
}

function writableStreamFinishInFlightClose(stream) {
  const s = stream[kState];
  s.inFlightCloseRequest.resolve(undefined);
  s.inFlightCloseRequest = undefined;
  const state = s.state;
  if (state === 'erroring') {
    s.storedError = undefined;
    if (s.pendingAbortRequest !== undefined) {
      s.pendingAbortRequest.promise.resolve(undefined);
      s.pendingAbortRequest = undefined;
    }
  }
  s.state = 'closed';
  const writer = s.writer;
  if (writer !== undefined) writer[kState].close.resolve(undefined);
}

function writableStreamFinishInFlightCloseWithError(stream, error) {
  const s = stream[kState];
  s.inFlightCloseRequest.reject(error);
  s.inFlightCloseRequest = undefined;
  if (s.pendingAbortRequest !== undefined) {
    s.pendingAbortRequest.promise.reject(error);
    s.pendingAbortRequest = undefined;
  }
  writableStreamDealWithRejection(stream, error);
}

function writableStreamCloseQueuedOrInFlight(stream) {
  const s = stream[kState];
  return !(s.closeRequest === undefined && s.inFlightCloseRequest === undefined);
}

function writableStreamHasOperationMarkedInFlight(stream) {
  const s = stream[kState];
  return !(s.inFlightWriteRequest === undefined && s.inFlightCloseRequest === undefined);
}

function writableStreamMarkCloseRequestInFlight(stream) {
  const s = stream[kState];
  s.inFlightCloseRequest = s.closeRequest;
  s.closeRequest = undefined;
}

function writableStreamMarkFirstWriteRequestInFlight(stream) {
  const s = stream[kState];
  s.inFlightWriteRequest = s.writeRequests.shift();
}

function writableStreamRejectCloseAndClosedPromiseIfNeeded(stream) {
  const s = stream[kState];
  if (s.closeRequest !== undefined) {
    s.closeRequest.reject(s.storedError);
    s.closeRequest = undefined;
  }
  const writer = s.writer;
  if (writer !== undefined) {
    writer[kState].close.reject(s.storedError);
    setPromiseHandled(writer[kState].close.promise);
  }
}

function writableStreamUpdateBackpressure(stream, backpressure) {
  const s = stream[kState];
  const writer = s.writer;
  if (writer !== undefined && backpressure !== s.backpressure) {
    if (backpressure) {
      writer[kState].ready = createPromiseCapability();
    } else {
      writer[kState].ready.resolve(undefined);
    }
  }
  s.backpressure = backpressure;
}

function setUpWritableStreamDefaultWriter(writer, stream) {
  if (isWritableStreamLocked(stream)) {
    throw new ERR_INVALID_STATE.TypeError('WritableStream is locked');
  }
  const s = stream[kState];
  const w = { stream, close: createPromiseCapability(), ready: createPromiseCapability() };
  writer[kState] = w;
  s.writer = writer;
  const state = s.state;
  if (state === 'writable') {
    if (!writableStreamCloseQueuedOrInFlight(stream) && s.backpressure) {
      // ready stays pending
    } else {
      w.ready.resolve(undefined);
    }
  } else if (state === 'erroring') {
    w.ready.reject(s.storedError);
    setPromiseHandled(w.ready.promise);
  } else if (state === 'closed') {
    w.ready.resolve(undefined);
    w.close.resolve(undefined);
  } else {
    w.ready.reject(s.storedError);
    setPromiseHandled(w.ready.promise);
    w.close.reject(s.storedError);
    setPromiseHandled(w.close.promise);
  }
}

function writableStreamDefaultWriterCloseWithErrorPropagation(writer) {
  const stream = writer[kState].stream;
  const state = stream[kState].state;
  if (writableStreamCloseQueuedOrInFlight(stream) || state === 'closed') return Promise.resolve(undefined);
  if (state === 'errored') return Promise.reject(stream[kState].storedError);
  return writableStreamClose(stream);
}

function writableStreamDefaultWriterEnsureClosedPromiseRejected(writer, error) {
  const w = writer[kState];
  if (isSettled(w.close)) w.close = createPromiseCapability();
  w.close.reject(error);
  setPromiseHandled(w.close.promise);
}

function writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, error) {
  const w = writer[kState];
  if (isSettled(w.ready)) w.ready = createPromiseCapability();
  w.ready.reject(error);
  setPromiseHandled(w.ready.promise);
}

// Track settlement of capabilities created by createPromiseCapability.
function isSettled(cap) {
  return cap.settled === true;
}

function writableStreamDefaultWriterGetDesiredSize(writer) {
  const stream = writer[kState].stream;
  const state = stream[kState].state;
  if (state === 'errored' || state === 'erroring') return null;
  if (state === 'closed') return 0;
  return writableStreamDefaultControllerGetDesiredSize(stream[kState].controller);
}

function writableStreamDefaultWriterRelease(writer) {
  const stream = writer[kState].stream;
  const releasedError = new ERR_INVALID_STATE.TypeError('Writer has been released');
  writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, releasedError);
  writableStreamDefaultWriterEnsureClosedPromiseRejected(writer, releasedError);
  stream[kState].writer = undefined;
  writer[kState].stream = undefined;
}

function writableStreamDefaultWriterWrite(writer, chunk) {
  const stream = writer[kState].stream;
  const controller = stream[kState].controller;
  const chunkSize = writableStreamDefaultControllerGetChunkSize(controller, chunk);
  if (stream !== writer[kState].stream) {
    return Promise.reject(new ERR_INVALID_STATE.TypeError('Writer has been released'));
  }
  const state = stream[kState].state;
  if (state === 'errored') return Promise.reject(stream[kState].storedError);
  if (writableStreamCloseQueuedOrInFlight(stream) || state === 'closed') {
    return Promise.reject(new ERR_INVALID_STATE.TypeError('WritableStream is closed'));
  }
  if (state === 'erroring') return Promise.reject(stream[kState].storedError);
  const promise = writableStreamAddWriteRequest(stream);
  writableStreamDefaultControllerWrite(controller, chunk, chunkSize);
  return promise;
}

function setupWritableStreamDefaultController(stream, controller, startAlgorithm, writeAlgorithm,
                                              closeAlgorithm, abortAlgorithm, highWaterMark, sizeAlgorithm) {
  const { AbortController } = require('internal/abort_controller');
  const c = {
    stream,
    queue: [],
    queueTotalSize: 0,
    abortController: new AbortController(),
    started: false,
    strategySizeAlgorithm: sizeAlgorithm,
    strategyHWM: highWaterMark,
    writeAlgorithm,
    closeAlgorithm,
    abortAlgorithm,
    abortSteps(reason) {
      const result = c.abortAlgorithm(reason);
      writableStreamDefaultControllerClearAlgorithms(controller);
      return result;
    },
    errorSteps() {
      resetQueue(c);
    },
  };
  controller[kState] = c;
  stream[kState].controller = controller;
  writableStreamUpdateBackpressure(stream, writableStreamDefaultControllerGetBackpressure(controller));
  let startResult;
  startResult = startAlgorithm();
  Promise.resolve(startResult).then(() => {
    c.started = true;
    writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
  }, (r) => {
    c.started = true;
    writableStreamDealWithRejection(stream, r);
  });
}

function setupWritableStreamDefaultControllerFromSink(stream, sink, highWaterMark, sizeAlgorithm) {
  const controller = new WritableStreamDefaultController(kInternal);
  const start = getMethod(sink, 'start', 'underlyingSink');
  const write = getMethod(sink, 'write', 'underlyingSink');
  const close = getMethod(sink, 'close', 'underlyingSink');
  const abort = getMethod(sink, 'abort', 'underlyingSink');
  const startAlgorithm = start ? () => start.call(sink, controller) : () => undefined;
  const writeAlgorithm = write ? (chunk) => promiseCall(write, sink, chunk, controller) :
    () => Promise.resolve(undefined);
  const closeAlgorithm = close ? () => promiseCall(close, sink) : () => Promise.resolve(undefined);
  const abortAlgorithm = abort ? (reason) => promiseCall(abort, sink, reason) :
    () => Promise.resolve(undefined);
  setupWritableStreamDefaultController(stream, controller, startAlgorithm, writeAlgorithm,
                                       closeAlgorithm, abortAlgorithm, highWaterMark, sizeAlgorithm);
}

function promiseCall(fn, thisArg, ...args) {
  try {
    return Promise.resolve(fn.apply(thisArg, args));
  } catch (err) {
    return Promise.reject(err);
  }
}

function writableStreamDefaultControllerAdvanceQueueIfNeeded(controller) {
  const c = controller[kState];
  const stream = c.stream;
  if (!c.started) return;
  if (stream[kState].inFlightWriteRequest !== undefined) return;
  const state = stream[kState].state;
  if (state === 'erroring') {
    writableStreamFinishErroring(stream);
    return;
  }
  if (c.queue.length === 0) return;
  const value = peekQueueValue(c);
  if (value === kCloseSentinel) {
    writableStreamDefaultControllerProcessClose(controller);
  } else {
    writableStreamDefaultControllerProcessWrite(controller, value);
  }
}

function writableStreamDefaultControllerClearAlgorithms(controller) {
  const c = controller[kState];
  c.writeAlgorithm = undefined;
  c.closeAlgorithm = undefined;
  c.abortAlgorithm = () => Promise.resolve(undefined);
  c.strategySizeAlgorithm = undefined;
}

function writableStreamDefaultControllerClose(controller) {
  enqueueValueWithSize(controller[kState], kCloseSentinel, 0);
  writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
}

function writableStreamDefaultControllerError(controller, error) {
  const stream = controller[kState].stream;
  writableStreamDefaultControllerClearAlgorithms(controller);
  writableStreamStartErroring(stream, error);
}

function writableStreamDefaultControllerErrorIfNeeded(controller, error) {
  if (controller[kState].stream[kState].state === 'writable') {
    writableStreamDefaultControllerError(controller, error);
  }
}

function writableStreamDefaultControllerGetBackpressure(controller) {
  return writableStreamDefaultControllerGetDesiredSize(controller) <= 0;
}

function writableStreamDefaultControllerGetChunkSize(controller, chunk) {
  const c = controller[kState];
  if (c.strategySizeAlgorithm === undefined) return 1;
  try {
    return c.strategySizeAlgorithm(chunk);
  } catch (err) {
    writableStreamDefaultControllerErrorIfNeeded(controller, err);
    return 1;
  }
}

function writableStreamDefaultControllerGetDesiredSize(controller) {
  const c = controller[kState];
  return c.strategyHWM - c.queueTotalSize;
}

function writableStreamDefaultControllerProcessClose(controller) {
  const c = controller[kState];
  const stream = c.stream;
  writableStreamMarkCloseRequestInFlight(stream);
  dequeueValue(c);
  const sinkClosePromise = c.closeAlgorithm();
  writableStreamDefaultControllerClearAlgorithms(controller);
  sinkClosePromise.then(() => writableStreamFinishInFlightClose(stream),
                        (reason) => writableStreamFinishInFlightCloseWithError(stream, reason));
}

function writableStreamDefaultControllerProcessWrite(controller, chunk) {
  const c = controller[kState];
  const stream = c.stream;
  writableStreamMarkFirstWriteRequestInFlight(stream);
  const sinkWritePromise = c.writeAlgorithm(chunk);
  sinkWritePromise.then(() => {
    writableStreamFinishInFlightWrite(stream);
    const state = stream[kState].state;
    dequeueValue(c);
    if (!writableStreamCloseQueuedOrInFlight(stream) && state === 'writable') {
      writableStreamUpdateBackpressure(stream, writableStreamDefaultControllerGetBackpressure(controller));
    }
    writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
  }, (reason) => {
    if (stream[kState].state === 'writable') writableStreamDefaultControllerClearAlgorithms(controller);
    writableStreamFinishInFlightWriteWithError(stream, reason);
  });
}

function writableStreamDefaultControllerWrite(controller, chunk, chunkSize) {
  const c = controller[kState];
  try {
    enqueueValueWithSize(c, chunk, chunkSize);
  } catch (err) {
    writableStreamDefaultControllerErrorIfNeeded(controller, err);
    return;
  }
  const stream = c.stream;
  if (!writableStreamCloseQueuedOrInFlight(stream) && stream[kState].state === 'writable') {
    writableStreamUpdateBackpressure(stream, writableStreamDefaultControllerGetBackpressure(controller));
  }
  writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
}

function isWritableStream(value) {
  return isBrand(value, 'WritableStream');
}

// Creates a WritableStream from algorithms (used by TransformStream and
// the node-stream adapters).
function createWritableStream(startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm,
                              highWaterMark = 1, sizeAlgorithm = () => 1) {
  const stream = Object.create(WritableStream.prototype);
  stream[kType] = 'WritableStream';
  initializeWritableStream(stream);
  const controller = new WritableStreamDefaultController(kInternal);
  setupWritableStreamDefaultController(stream, controller, startAlgorithm, writeAlgorithm,
                                       closeAlgorithm, abortAlgorithm, highWaterMark, sizeAlgorithm);
  return stream;
}

module.exports = {
  WritableStream,
  WritableStreamDefaultWriter,
  WritableStreamDefaultController,
  createWritableStream,
  isWritableStream,
  isWritableStreamLocked,
  writableStreamAbort,
  writableStreamClose,
  writableStreamCloseQueuedOrInFlight,
  writableStreamDefaultWriterCloseWithErrorPropagation,
  writableStreamDefaultWriterRelease,
  writableStreamDefaultWriterWrite,
  writableStreamDefaultWriterGetDesiredSize,
  writableStreamDefaultControllerErrorIfNeeded,
  writableStreamDefaultControllerError,
  writableStreamDealWithRejection,
  writableStreamStartErroring,
  writableStreamUpdateBackpressure,
};
