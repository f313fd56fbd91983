'use strict';
// zlib: deflate/inflate/gzip/gunzip/unzip over the Go 'zlib' binding
// (host/binding_zlib.go, over internal/zlibcodec). Engines live in Go, one
// per stream, each a handle in the isolate's table, and consume
// input chunk by chunk; the convenience functions are built on the same
// engines. Brotli streams are the same binding's modes BROTLI_ENCODE and
// BROTLI_DECODE.

const { Buffer, kMaxLength } = require('buffer');
const { isAnyArrayBuffer } = internalBinding('types');
const Transform = require('internal/streams/transform');
const {
  codes: {
    ERR_BROTLI_INVALID_PARAM,
    ERR_BUFFER_TOO_LARGE,
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
    ERR_ZLIB_INITIALIZATION_FAILED,
  },
} = require('internal/errors');
const { validateFunction, validateNumber, validateUint32 } = require('internal/validators');
const constants = require('internal/zlib/constants');

const binding = internalBinding('zlib');

const {
  Z_NO_FLUSH, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH, Z_BLOCK,
  Z_MIN_CHUNK, Z_DEFAULT_CHUNK, Z_MIN_WINDOWBITS, Z_MAX_WINDOWBITS,
  Z_DEFAULT_WINDOWBITS, Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL, Z_DEFAULT_MEMLEVEL,
  Z_MIN_LEVEL, Z_MAX_LEVEL, Z_DEFAULT_COMPRESSION, Z_DEFAULT_STRATEGY,
  Z_FILTERED, Z_FIXED, DEFLATE, INFLATE, GZIP, GUNZIP, DEFLATERAW, INFLATERAW,
  UNZIP, BROTLI_DECODE, BROTLI_ENCODE, BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_FLUSH,
  BROTLI_OPERATION_FINISH, BROTLI_OPERATION_EMIT_METADATA,
} = constants;

// codes maps zlib return codes both ways, as Node's zlib.codes does.
const codes = {
  Z_OK: constants.Z_OK,
  Z_STREAM_END: constants.Z_STREAM_END,
  Z_NEED_DICT: constants.Z_NEED_DICT,
  Z_ERRNO: constants.Z_ERRNO,
  Z_STREAM_ERROR: constants.Z_STREAM_ERROR,
  Z_DATA_ERROR: constants.Z_DATA_ERROR,
  Z_MEM_ERROR: constants.Z_MEM_ERROR,
  Z_BUF_ERROR: constants.Z_BUF_ERROR,
  Z_VERSION_ERROR: constants.Z_VERSION_ERROR,
};
for (const key of Object.keys(codes)) codes[codes[key]] = key;
Object.freeze(codes);

const kFlushFlag = Symbol('kFlushFlag');
const kError = Symbol('kError');

// brotliCodes names the brotli decoder's errors as Node does: 'ERR_' and
// the constant's name after BROTLI_DECODER (ERR__ERROR_FORMAT_PADDING_1).
const brotliCodes = { __proto__: null };
for (const key of Object.keys(constants)) {
  if (key.startsWith('BROTLI_DECODER_ERROR_')) brotliCodes[constants[key]] = `ERR_${key.slice(14)}`;
}

function zlibError(message, errno, self) {
  // eslint-disable-next-line no-restricted-syntax
  const err = new Error(message);
  err.errno = errno;
  err.code = self?._brotli && message === 'Decompression failed' ? brotliCodes[errno] : codes[errno];
  return err;
}

// ---- option checks ----

function checkFiniteNumber(number, name) {
  if (number === undefined) return false;
  if (Number.isFinite(number)) return true;
  if (Number.isNaN(number)) return false;
  validateNumber(number, name);
  throw new ERR_OUT_OF_RANGE(name, 'a finite number', number);
}

function checkRangesOrGetDefault(number, name, lower, upper, def) {
  if (!checkFiniteNumber(number, name)) return def;
  if (number < lower || number > upper) {
    throw new ERR_OUT_OF_RANGE(name, `>= ${lower} and <= ${upper}`, number);
  }
  return number;
}

function maxFlush(a, b) {
  // Flush kinds in increasing strength (Z_BLOCK sits below the full ones).
  const order = [Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH];
  return order.indexOf(a) > order.indexOf(b) ? a : b;
}

const flushBuffers = [];
for (let f = 0; f <= Z_BLOCK; f++) {
  flushBuffers[f] = Buffer.alloc(0);
  flushBuffers[f][kFlushFlag] = f;
}

// ---- ZlibBase: the Transform over an engine ----

function ZlibBase(opts, mode, handle, { flush, finishFlush, fullFlush }) {
  let chunkSize = Z_DEFAULT_CHUNK;
  let maxOutputLength = kMaxLength;
  const brotli = mode === BROTLI_ENCODE || mode === BROTLI_DECODE;
  const [minFlush, maxFlushFlag] = brotli ? [BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_EMIT_METADATA] :
    [Z_NO_FLUSH, Z_BLOCK];
  if (opts) {
    chunkSize = opts.chunkSize;
    if (!checkFiniteNumber(chunkSize, 'options.chunkSize')) {
      chunkSize = Z_DEFAULT_CHUNK;
    } else if (chunkSize < Z_MIN_CHUNK) {
      throw new ERR_OUT_OF_RANGE('options.chunkSize', `>= ${Z_MIN_CHUNK}`, chunkSize);
    }
    flush = checkRangesOrGetDefault(opts.flush, 'options.flush', minFlush, maxFlushFlag, flush);
    finishFlush = checkRangesOrGetDefault(opts.finishFlush, 'options.finishFlush',
                                          minFlush, maxFlushFlag, finishFlush);
    maxOutputLength = checkRangesOrGetDefault(opts.maxOutputLength, 'options.maxOutputLength',
                                              1, kMaxLength, kMaxLength);
    if (opts.encoding || opts.objectMode || opts.writableObjectMode) {
      opts = { ...opts };
      opts.encoding = null;
      opts.objectMode = false;
      opts.writableObjectMode = false;
    }
  }
  Transform.call(this, { autoDestroy: true, ...opts });
  this[kError] = null;
  this.bytesWritten = 0;
  this._handle = handle;
  this._chunkSize = chunkSize;
  this._defaultFlushFlag = flush;
  this._finishFlushFlag = finishFlush;
  this._defaultFullFlushFlag = fullFlush;
  this._info = opts && opts.info;
  this._maxOutputLength = maxOutputLength;
  this._brotli = brotli;
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, '_closed', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return !this._handle; },
});

let bytesReadWarned = false;
function warnBytesRead() {
  if (bytesReadWarned) return;
  bytesReadWarned = true;
  process.emitWarning('zlib.bytesRead is deprecated and will change its meaning in the ' +
                      'future. Use zlib.bytesWritten instead.', 'DeprecationWarning', 'DEP0108');
}

Object.defineProperty(ZlibBase.prototype, 'bytesRead', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { warnBytesRead(); return this.bytesWritten; },
  set(value) { warnBytesRead(); this.bytesWritten = value; },
});

ZlibBase.prototype.reset = function reset() {
  if (this._handle) this._handle.reset();
};

ZlibBase.prototype._flush = function _flush(callback) {
  this._transform(Buffer.alloc(0), '', callback);
};

ZlibBase.prototype._final = function _final(callback) {
  callback();
};

ZlibBase.prototype.flush = function flush(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    this.write(flushBuffers[kind] || flushBuffers[this._defaultFullFlushFlag], '', callback);
  }
};

ZlibBase.prototype.close = function close(callback) {
  if (callback) {
    const { finished } = require('stream');
    finished(this, callback);
  }
  this.destroy();
};

ZlibBase.prototype._destroy = function _destroy(err, callback) {
  closeHandle(this);
  callback(err);
};

ZlibBase.prototype._transform = function _transform(chunk, encoding, cb) {
  let flushFlag = this._defaultFlushFlag;
  if (typeof chunk[kFlushFlag] === 'number') flushFlag = chunk[kFlushFlag];
  if (this.writableEnded && this.writableLength === chunk.byteLength) {
    flushFlag = maxFlush(flushFlag, this._finishFlushFlag);
  }
  this._processChunk(chunk, flushFlag, cb);
};

ZlibBase.prototype._processChunk = function _processChunk(chunk, flushFlag, cb) {
  if (typeof cb === 'function') {
    processChunkAsync(this, chunk, flushFlag, cb);
    return undefined;
  }
  return processChunkSync(this, chunk, flushFlag);
};

function closeHandle(engine) {
  if (engine._handle) {
    engine._handle.close();
    engine._handle = null;
  }
}

// ZlibHandle is a stream's _handle, an object as Node's native handle is
// (tar's minizlib replaces its close for a while): the binding's stream
// behind it is named by id, a handle index, forgotten once closed (the
// index may then name another handle).
class ZlibHandle {
  constructor(id) { this.id = id; }
  close() {
    if (this.id < 0) return;
    binding.close(this.id);
    this.id = -1;
  }
  reset() { binding.reset(this.id); }
  params(level, strategy) { return binding.params(this.id, level, strategy); }
}

function processChunkSync(self, chunk, flushFlag) {
  if (!self._handle) {
    throw zlibError('zlib binding closed', constants.Z_STREAM_ERROR);
  }
  const limit = self._maxOutputLength;
  let res;
  try {
    res = binding.process(self._handle.id, flushFlag, chunk, limit < kMaxLength ? limit : 0);
  } catch (err) {
    closeHandle(self);
    throw err;
  }
  const [ab, message, errno] = res;
  if (message !== null) {
    closeHandle(self);
    const err = zlibError(message, errno, self);
    self[kError] = err;
    throw err;
  }
  self.bytesWritten = chunk.byteLength;
  closeHandle(self);
  if (ab.byteLength > limit) throw new ERR_BUFFER_TOO_LARGE(limit);
  return Buffer.from(ab);
}

function processChunkAsync(self, chunk, flushFlag, cb) {
  if (!self._handle) {
    process.nextTick(cb);
    return;
  }
  const handle = self._handle;
  self.bytesWritten += chunk.byteLength;
  const step = (input) => binding.process(handle.id, flushFlag, input, 0, (fail, res) => {
    if (self.destroyed || self._handle !== handle) {
      cb();
      return;
    }
    if (fail) {
      self[kError] = fail;
      self.destroy(fail);
      return;
    }
    const [ab, message, errno, , paused] = res;
    if (message !== null) {
      const err = zlibError(message, errno, self);
      self[kError] = err;
      self.destroy(err);
      return;
    }
    const n = ab.byteLength;
    if (n > 0) {
      const out = Buffer.from(ab);
      const size = self._chunkSize;
      for (let off = 0; off < n; off += size) {
        self.push(n <= size ? out : out.subarray(off, Math.min(off + size, n)));
      }
    }
    // More output is waiting for this input: go on for it (as Node goes
    // on while zlib's output buffer comes back full).
    if (paused) step(undefined);
    else cb();
  });
  step(chunk);
}

// ---- Zlib: deflate/inflate family ----

function Zlib(opts, mode) {
  let windowBits = Z_DEFAULT_WINDOWBITS;
  let level = Z_DEFAULT_COMPRESSION;
  let memLevel = Z_DEFAULT_MEMLEVEL;
  let strategy = Z_DEFAULT_STRATEGY;
  let dictionary;
  if (opts) {
    if ((mode === INFLATE || mode === GUNZIP || mode === UNZIP) && opts.windowBits === 0) {
      windowBits = 0;
    } else {
      windowBits = checkRangesOrGetDefault(opts.windowBits, 'options.windowBits',
                                           mode === GZIP ? 9 : Z_MIN_WINDOWBITS,
                                           Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS);
    }
    level = checkRangesOrGetDefault(opts.level, 'options.level', Z_MIN_LEVEL, Z_MAX_LEVEL,
                                    Z_DEFAULT_COMPRESSION);
    memLevel = checkRangesOrGetDefault(opts.memLevel, 'options.memLevel', Z_MIN_MEMLEVEL,
                                       Z_MAX_MEMLEVEL, Z_DEFAULT_MEMLEVEL);
    strategy = checkRangesOrGetDefault(opts.strategy, 'options.strategy', Z_DEFAULT_STRATEGY,
                                       Z_FIXED, Z_DEFAULT_STRATEGY);
    dictionary = opts.dictionary;
    if (dictionary !== undefined && !ArrayBuffer.isView(dictionary)) {
      if (isAnyArrayBuffer(dictionary)) {
        dictionary = Buffer.from(dictionary);
      } else {
        throw new ERR_INVALID_ARG_TYPE('options.dictionary',
                                       ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'],
                                       dictionary);
      }
    }
  }
  const handle = new ZlibHandle(binding.create(mode, level, strategy, windowBits, dictionary));
  ZlibBase.call(this, opts, mode, handle, {
    flush: Z_NO_FLUSH, finishFlush: Z_FINISH, fullFlush: Z_FULL_FLUSH,
  });
  this._level = level;
  this._strategy = strategy;
  void memLevel;
  void Z_FILTERED;
}
Object.setPrototypeOf(Zlib.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Zlib, ZlibBase);

Zlib.prototype.params = function params(level, strategy, callback) {
  checkRangesOrGetDefault(level, 'level', Z_MIN_LEVEL, Z_MAX_LEVEL);
  checkRangesOrGetDefault(strategy, 'strategy', Z_DEFAULT_STRATEGY, Z_FIXED);
  if (this._level !== level || this._strategy !== strategy) {
    this.flush(Z_SYNC_FLUSH, () => {
      if (this._handle) this._handle.params(level, strategy);
      this._level = level;
      this._strategy = strategy;
      if (callback) callback();
    });
  } else if (callback) {
    process.nextTick(callback);
  }
};

function makeClass(name, mode) {
  const C = {
    [name]: function(opts) {
      if (!(this instanceof C)) return new C(opts);
      Zlib.call(this, opts, mode);
    },
  }[name];
  Object.setPrototypeOf(C.prototype, Zlib.prototype);
  Object.setPrototypeOf(C, Zlib);
  return C;
}

const Deflate = makeClass('Deflate', DEFLATE);
const Inflate = makeClass('Inflate', INFLATE);
const Gzip = makeClass('Gzip', GZIP);
const Gunzip = makeClass('Gunzip', GUNZIP);
const DeflateRaw = makeClass('DeflateRaw', DEFLATERAW);
const InflateRaw = makeClass('InflateRaw', INFLATERAW);
const Unzip = makeClass('Unzip', UNZIP);

// ---- convenience functions ----

function toInput(buffer) {
  if (typeof buffer === 'string') return Buffer.from(buffer);
  if (ArrayBuffer.isView(buffer)) return buffer;
  if (isAnyArrayBuffer(buffer)) return Buffer.from(buffer);
  throw new ERR_INVALID_ARG_TYPE('buffer',
                                 ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'],
                                 buffer);
}

function zlibBufferSync(engine, buffer) {
  buffer = toInput(buffer);
  buffer = processChunkSync(engine, buffer, engine._finishFlushFlag);
  if (engine._info) return { buffer, engine };
  return buffer;
}

function zlibBuffer(engine, buffer, callback) {
  validateFunction(callback, 'callback');
  // The stream takes strings and Uint8Arrays; other views are re-viewed
  // as Buffers, and anything else is rejected by write().
  if (ArrayBuffer.isView(buffer) && !(buffer instanceof Uint8Array)) {
    buffer = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } else if (isAnyArrayBuffer(buffer)) {
    buffer = Buffer.from(buffer);
  }
  const buffers = [];
  let nread = 0;
  let done = false;
  engine.on('data', (chunk) => {
    if (done) return;
    buffers.push(chunk);
    nread += chunk.length;
    if (nread > engine._maxOutputLength) {
      done = true;
      engine.destroy();
      callback(new ERR_BUFFER_TOO_LARGE(engine._maxOutputLength));
    }
  });
  engine.on('error', (err) => {
    if (done) return;
    done = true;
    engine.removeAllListeners('end');
    callback(err);
  });
  engine.on('end', () => {
    if (done) return;
    done = true;
    const out = Buffer.concat(buffers, nread);
    engine.close();
    if (engine._info) callback(null, { buffer: out, engine });
    else callback(null, out);
  });
  engine.end(buffer);
}

function createConvenienceMethod(ctor, sync) {
  if (sync) {
    return function syncBufferWrapper(buffer, opts) {
      return zlibBufferSync(new ctor(opts), buffer);
    };
  }
  return function asyncBufferWrapper(buffer, opts, callback) {
    if (typeof opts === 'function') {
      callback = opts;
      opts = {};
    }
    return zlibBuffer(new ctor(opts), buffer, callback);
  };
}

function crc32(data, value = 0) {
  if (typeof data === 'string') {
    data = Buffer.from(data);
  } else if (!ArrayBuffer.isView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  validateUint32(value, 'value');
  return binding.crc32(data, value);
}

// ---- brotli ----

// kMaxBrotliParam is the largest BROTLI_PARAM_* or BROTLI_DECODER_PARAM_*
// index.
let kMaxBrotliParam = 0;
for (const key of Object.keys(constants)) {
  if (/^BROTLI_(DECODER_)?PARAM_/.test(key)) kMaxBrotliParam = Math.max(kMaxBrotliParam, constants[key]);
}

function Brotli(opts, mode) {
  const params = new Int32Array(kMaxBrotliParam + 1).fill(-1);
  if (opts?.params) {
    for (const origKey of Object.keys(opts.params)) {
      const key = +origKey;
      if (Number.isNaN(key) || key < 0 || key > kMaxBrotliParam || params[key] !== -1) {
        throw new ERR_BROTLI_INVALID_PARAM(origKey);
      }
      const value = opts.params[origKey];
      if (typeof value !== 'number' && typeof value !== 'boolean') {
        throw new ERR_INVALID_ARG_TYPE('options.params[key]', 'number', opts.params[origKey]);
      }
      params[key] = value;
    }
  }
  const id = binding.create(mode, 0, 0, 0, undefined, params);
  if (id < 0) throw new ERR_ZLIB_INITIALIZATION_FAILED();
  ZlibBase.call(this, opts, mode, new ZlibHandle(id), {
    flush: BROTLI_OPERATION_PROCESS, finishFlush: BROTLI_OPERATION_FINISH, fullFlush: BROTLI_OPERATION_FLUSH,
  });
}
Object.setPrototypeOf(Brotli.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Brotli, ZlibBase);

function makeBrotliClass(name, mode) {
  const C = {
    [name]: function(opts) {
      if (!(this instanceof C)) return new C(opts);
      Brotli.call(this, opts, mode);
    },
  }[name];
  Object.setPrototypeOf(C.prototype, Brotli.prototype);
  Object.setPrototypeOf(C, Brotli);
  return C;
}

const BrotliCompress = makeBrotliClass('BrotliCompress', BROTLI_ENCODE);
const BrotliDecompress = makeBrotliClass('BrotliDecompress', BROTLI_DECODE);

module.exports = {
  crc32,
  Deflate,
  Inflate,
  Gzip,
  Gunzip,
  DeflateRaw,
  InflateRaw,
  Unzip,
  BrotliCompress,
  BrotliDecompress,

  deflate: createConvenienceMethod(Deflate, false),
  deflateSync: createConvenienceMethod(Deflate, true),
  gzip: createConvenienceMethod(Gzip, false),
  gzipSync: createConvenienceMethod(Gzip, true),
  deflateRaw: createConvenienceMethod(DeflateRaw, false),
  deflateRawSync: createConvenienceMethod(DeflateRaw, true),
  unzip: createConvenienceMethod(Unzip, false),
  unzipSync: createConvenienceMethod(Unzip, true),
  inflate: createConvenienceMethod(Inflate, false),
  inflateSync: createConvenienceMethod(Inflate, true),
  gunzip: createConvenienceMethod(Gunzip, false),
  gunzipSync: createConvenienceMethod(Gunzip, true),
  inflateRaw: createConvenienceMethod(InflateRaw, false),
  inflateRawSync: createConvenienceMethod(InflateRaw, true),
  brotliCompress: createConvenienceMethod(BrotliCompress, false),
  brotliCompressSync: createConvenienceMethod(BrotliCompress, true),
  brotliDecompress: createConvenienceMethod(BrotliDecompress, false),
  brotliDecompressSync: createConvenienceMethod(BrotliDecompress, true),
};

function createProperty(ctor) {
  return {
    __proto__: null,
    configurable: true,
    enumerable: true,
    value: function(options) { return new ctor(options); },
  };
}

Object.defineProperties(module.exports, {
  createDeflate: createProperty(Deflate),
  createInflate: createProperty(Inflate),
  createDeflateRaw: createProperty(DeflateRaw),
  createInflateRaw: createProperty(InflateRaw),
  createGzip: createProperty(Gzip),
  createGunzip: createProperty(Gunzip),
  createUnzip: createProperty(Unzip),
  createBrotliCompress: createProperty(BrotliCompress),
  createBrotliDecompress: createProperty(BrotliDecompress),
  constants: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    value: constants,
  },
  codes: {
    __proto__: null,
    enumerable: true,
    writable: false,
    value: codes,
  },
});

// Legacy top-level Z_* (and mode) constants, read-only and hidden.
for (const key of Object.keys(constants)) {
  if (key.startsWith('BROTLI')) continue;
  Object.defineProperty(module.exports, key, {
    __proto__: null,
    enumerable: false,
    value: constants[key],
    writable: false,
  });
}
