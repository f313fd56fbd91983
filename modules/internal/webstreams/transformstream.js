'use strict';
// TransformStream and TransformStreamDefaultController (WHATWG Streams).

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_STATE },
} = require('internal/errors');
const {
  kState, kType, checkThis, createPromiseCapability, customInspect, extractHighWaterMark,
  extractSizeAlgorithm, getMethod, makeEnumerable, promiseCall, rangeArgValue,
} = require('internal/webstreams/util');
const rs = require('internal/webstreams/readablestream');
const ws = require('internal/webstreams/writablestream');

const kInternal = Symbol('kInternal');

class TransformStream {
  constructor(transformer = undefined, writableStrategy = {}, readableStrategy = {}) {
    if (transformer !== undefined && transformer !== null && typeof transformer !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('transformer', 'Object', transformer);
    }
    if (transformer?.readableType !== undefined) {
      throw rangeArgValue('transformer.readableType', transformer.readableType);
    }
    if (transformer?.writableType !== undefined) {
      throw rangeArgValue('transformer.writableType', transformer.writableType);
    }
    const readableHighWaterMark = extractHighWaterMark(readableStrategy, 0);
    const readableSizeAlgorithm = extractSizeAlgorithm(readableStrategy);
    const writableHighWaterMark = extractHighWaterMark(writableStrategy, 1);
    const writableSizeAlgorithm = extractSizeAlgorithm(writableStrategy);
    this[kType] = 'TransformStream';
    const startPromise = createPromiseCapability();
    initializeTransformStream(this, startPromise.promise, writableHighWaterMark, writableSizeAlgorithm,
                              readableHighWaterMark, readableSizeAlgorithm);
    setupTransformStreamDefaultControllerFromTransformer(this, transformer);
    const start = getMethod(transformer, 'start', 'transformer');
    if (start) {
      startPromise.resolve(start.call(transformer, this[kState].controller));
    } else {
      startPromise.resolve(undefined);
    }
  }

  get readable() {
    checkThis(this, 'TransformStream');
    return this[kState].readable;
  }

  get writable() {
    checkThis(this, 'TransformStream');
    return this[kState].writable;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    return customInspect(this, 'TransformStream', {
      readable: this.readable,
      writable: this.writable,
      backpressure: this[kState].backpressure,
    }, depth, options);
  }
}

class TransformStreamDefaultController {
  constructor(token) {
    if (token !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kType] = 'TransformStreamDefaultController';
  }

  get desiredSize() {
    checkThis(this, 'TransformStreamDefaultController');
    const readableController = this[kState].stream[kState].readable[kState].controller;
    return rs.readableStreamDefaultControllerGetDesiredSize(readableController);
  }

  enqueue(chunk = undefined) {
    checkThis(this, 'TransformStreamDefaultController');
    transformStreamDefaultControllerEnqueue(this, chunk);
  }

  error(reason = undefined) {
    checkThis(this, 'TransformStreamDefaultController');
    transformStreamDefaultControllerError(this, reason);
  }

  terminate() {
    checkThis(this, 'TransformStreamDefaultController');
    transformStreamDefaultControllerTerminate(this);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    return customInspect(this, 'TransformStreamDefaultController', {
      stream: this[kState].stream,
    }, depth, options);
  }
}

makeEnumerable(TransformStream, ['readable', 'writable']);
makeEnumerable(TransformStreamDefaultController, ['desiredSize', 'enqueue', 'error', 'terminate']);

function initializeTransformStream(stream, startPromise, writableHighWaterMark, writableSizeAlgorithm,
                                   readableHighWaterMark, readableSizeAlgorithm) {
  const state = {
    readable: undefined,
    writable: undefined,
    backpressure: undefined,
    backpressureChangePromise: undefined,
    controller: undefined,
  };
  stream[kState] = state;
  const startAlgorithm = () => startPromise;
  state.writable = ws.createWritableStream(
    startAlgorithm,
    (chunk) => transformStreamDefaultSinkWriteAlgorithm(stream, chunk),
    () => transformStreamDefaultSinkCloseAlgorithm(stream),
    (reason) => transformStreamDefaultSinkAbortAlgorithm(stream, reason),
    writableHighWaterMark, writableSizeAlgorithm);
  state.readable = rs.createReadableStream(
    startAlgorithm,
    () => transformStreamDefaultSourcePullAlgorithm(stream),
    (reason) => transformStreamDefaultSourceCancelAlgorithm(stream, reason),
    readableHighWaterMark, readableSizeAlgorithm);
  state.backpressure = undefined;
  transformStreamSetBackpressure(stream, true);
  state.controller = undefined;
}

function transformStreamError(stream, e) {
  rs.readableStreamDefaultControllerError(stream[kState].readable[kState].controller, e);
  transformStreamErrorWritableAndUnblockWrite(stream, e);
}

function transformStreamErrorWritableAndUnblockWrite(stream, e) {
  transformStreamDefaultControllerClearAlgorithms(stream[kState].controller);
  ws.writableStreamDefaultControllerErrorIfNeeded(stream[kState].writable[kState].controller, e);
  transformStreamUnblockWrite(stream);
}

function transformStreamUnblockWrite(stream) {
  if (stream[kState].backpressure) transformStreamSetBackpressure(stream, false);
}

function transformStreamSetBackpressure(stream, backpressure) {
  const s = stream[kState];
  if (s.backpressureChangePromise !== undefined) s.backpressureChangePromise.resolve(undefined);
  s.backpressureChangePromise = createPromiseCapability();
  s.backpressure = backpressure;
}

function setupTransformStreamDefaultController(stream, controller, transformAlgorithm, flushAlgorithm,
                                               cancelAlgorithm) {
  controller[kState] = {
    stream,
    transformAlgorithm,
    flushAlgorithm,
    cancelAlgorithm,
    finishPromise: undefined,
  };
  stream[kState].controller = controller;
}

function setupTransformStreamDefaultControllerFromTransformer(stream, transformer) {
  const controller = new TransformStreamDefaultController(kInternal);
  const transform = getMethod(transformer, 'transform', 'transformer');
  const flush = getMethod(transformer, 'flush', 'transformer');
  const cancel = getMethod(transformer, 'cancel', 'transformer');
  const transformAlgorithm = transform ?
    (chunk) => promiseCall(transform, transformer, chunk, controller) :
    (chunk) => {
      try {
        transformStreamDefaultControllerEnqueue(controller, chunk);
        return Promise.resolve();
      } catch (e) {
        return Promise.reject(e);
      }
    };
  const flushAlgorithm = flush ? () => promiseCall(flush, transformer, controller) : () => Promise.resolve();
  const cancelAlgorithm = cancel ? (reason) => promiseCall(cancel, transformer, reason) :
    () => Promise.resolve();
  setupTransformStreamDefaultController(stream, controller, transformAlgorithm, flushAlgorithm, cancelAlgorithm);
}

function transformStreamDefaultControllerClearAlgorithms(controller) {
  const c = controller[kState];
  c.transformAlgorithm = undefined;
  c.flushAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
}

function transformStreamDefaultControllerEnqueue(controller, chunk) {
  const stream = controller[kState].stream;
  const readableController = stream[kState].readable[kState].controller;
  if (!rs.readableStreamDefaultControllerCanCloseOrEnqueue(readableController)) {
    throw new ERR_INVALID_STATE.TypeError('Unable to enqueue');
  }
  try {
    rs.readableStreamDefaultControllerEnqueue(readableController, chunk);
  } catch (e) {
    transformStreamErrorWritableAndUnblockWrite(stream, e);
    throw stream[kState].readable[kState].storedError;
  }
  const backpressure = rs.readableStreamDefaultControllerHasBackpressure(readableController);
  if (backpressure !== stream[kState].backpressure) transformStreamSetBackpressure(stream, true);
}

function transformStreamDefaultControllerError(controller, e) {
  transformStreamError(controller[kState].stream, e);
}

function transformStreamDefaultControllerPerformTransform(controller, chunk) {
  const transformPromise = controller[kState].transformAlgorithm(chunk);
  return transformPromise.then(undefined, (r) => {
    transformStreamError(controller[kState].stream, r);
    throw r;
  });
}

function transformStreamDefaultControllerTerminate(controller) {
  const stream = controller[kState].stream;
  const readableController = stream[kState].readable[kState].controller;
  rs.readableStreamDefaultControllerClose(readableController);
  const error = new ERR_INVALID_STATE.TypeError('TransformStream has been terminated');
  transformStreamErrorWritableAndUnblockWrite(stream, error);
}

function transformStreamDefaultSinkWriteAlgorithm(stream, chunk) {
  const controller = stream[kState].controller;
  if (stream[kState].backpressure) {
    const backpressureChangePromise = stream[kState].backpressureChangePromise.promise;
    return backpressureChangePromise.then(() => {
      const writable = stream[kState].writable;
      const state = writable[kState].state;
      if (state === 'erroring') throw writable[kState].storedError;
      return transformStreamDefaultControllerPerformTransform(controller, chunk);
    });
  }
  return transformStreamDefaultControllerPerformTransform(controller, chunk);
}

function transformStreamDefaultSinkAbortAlgorithm(stream, reason) {
  const controller = stream[kState].controller;
  const c = controller[kState];
  if (c.finishPromise !== undefined) return c.finishPromise.promise;
  const readable = stream[kState].readable;
  c.finishPromise = createPromiseCapability();
  const cancelPromise = c.cancelAlgorithm(reason);
  transformStreamDefaultControllerClearAlgorithms(controller);
  cancelPromise.then(() => {
    if (readable[kState].state === 'errored') {
      c.finishPromise.reject(readable[kState].storedError);
    } else {
      rs.readableStreamDefaultControllerError(readable[kState].controller, reason);
      c.finishPromise.resolve(undefined);
    }
  }, (r) => {
    rs.readableStreamDefaultControllerError(readable[kState].controller, r);
    c.finishPromise.reject(r);
  });
  return c.finishPromise.promise;
}

function transformStreamDefaultSinkCloseAlgorithm(stream) {
  const controller = stream[kState].controller;
  const c = controller[kState];
  if (c.finishPromise !== undefined) return c.finishPromise.promise;
  const readable = stream[kState].readable;
  c.finishPromise = createPromiseCapability();
  const flushPromise = c.flushAlgorithm();
  transformStreamDefaultControllerClearAlgorithms(controller);
  flushPromise.then(() => {
    if (readable[kState].state === 'errored') {
      c.finishPromise.reject(readable[kState].storedError);
    } else {
      rs.readableStreamDefaultControllerClose(readable[kState].controller);
      c.finishPromise.resolve(undefined);
    }
  }, (r) => {
    rs.readableStreamDefaultControllerError(readable[kState].controller, r);
    c.finishPromise.reject(r);
  });
  return c.finishPromise.promise;
}

function transformStreamDefaultSourcePullAlgorithm(stream) {
  transformStreamSetBackpressure(stream, false);
  return stream[kState].backpressureChangePromise.promise;
}

function transformStreamDefaultSourceCancelAlgorithm(stream, reason) {
  const controller = stream[kState].controller;
  const c = controller[kState];
  if (c.finishPromise !== undefined) return c.finishPromise.promise;
  const writable = stream[kState].writable;
  c.finishPromise = createPromiseCapability();
  const cancelPromise = c.cancelAlgorithm(reason);
  transformStreamDefaultControllerClearAlgorithms(controller);
  cancelPromise.then(() => {
    if (writable[kState].state === 'errored') {
      c.finishPromise.reject(writable[kState].storedError);
    } else {
      ws.writableStreamDefaultControllerErrorIfNeeded(writable[kState].controller, reason);
      transformStreamUnblockWrite(stream);
      c.finishPromise.resolve(undefined);
    }
  }, (r) => {
    ws.writableStreamDefaultControllerErrorIfNeeded(writable[kState].controller, r);
    transformStreamUnblockWrite(stream);
    c.finishPromise.reject(r);
  });
  return c.finishPromise.promise;
}

module.exports = { TransformStream, TransformStreamDefaultController };
