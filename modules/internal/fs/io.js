'use strict';

// fs: descriptors (open, close, read, write, readv, writev) and whole
// files (readFile, writeFile, appendFile), synchronous and callback forms,
// over the host 'fs_ops' binding. Without a callback a binding call is
// synchronous; with one it runs on the pool and completes from the loop.

const binding = internalBinding('fs_ops');
const { Buffer } = require('buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const {
  validateBoolean,
  validateFunction,
  validateInteger,
  validateObject,
  validateEncoding,
} = require('internal/validators');
const {
  stringToFlags,
  getValidatedPath,
  getValidatedFd,
  getOptions,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePosition,
  parseFileMode,
} = require('internal/fs/utils');
const { maybeCallback, done, isArrayBufferView, toU8, toPosition } = require('internal/fs/common');

// ---- open / close ----

function openSync(path, flags, mode) {
  path = getValidatedPath(path);
  const f = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  return binding.open(path, f, mode);
}

function open(path, flags, mode, callback) {
  path = getValidatedPath(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  } else {
    mode = parseFileMode(mode, 'mode', 0o666);
  }
  const f = stringToFlags(flags);
  callback = maybeCallback(callback);
  binding.open(path, f, mode, done(callback));
}

function closeSync(fd) {
  fd = getValidatedFd(fd);
  binding.close(fd);
}

function defaultCloseCallback(err) {
  if (err != null) throw err;
}

function close(fd, callback = defaultCloseCallback) {
  fd = getValidatedFd(fd);
  if (callback !== defaultCloseCallback) callback = maybeCallback(callback);
  binding.close(fd, done(callback));
}

// ---- read ----

function readArgs(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    let options = offsetOrOptions;
    if (options !== undefined && options !== null) validateObject(options, 'options', { nullable: true });
    ({
      offset = 0,
      length = buffer?.byteLength - offset,
      position = null,
    } = options ?? {});
  }
  if (!isArrayBufferView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
  if (offset === undefined) offset = 0;
  else validateInteger(offset, 'offset', 0);
  if (length === undefined) length = buffer.byteLength - offset;
  length |= 0;
  if (length === 0) return { fd, buffer, offset, length, position: -1, empty: true };
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  else validatePosition(position, 'position', length);
  return { fd, buffer, offset, length, position: toPosition(position) };
}

function readSync(fd, buffer, offsetOrOptions, length, position) {
  const a = readArgs.apply(null, arguments);
  if (a.empty) return 0;
  return binding.read(a.fd, a.buffer.buffer, a.buffer.byteOffset + a.offset, a.length, a.position);
}

function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  let params = null;
  if (arguments.length <= 4) {
    if (arguments.length === 4) {
      // fs.read(fd, buffer, options, callback)
      validateObject(offsetOrOptions, 'options', { nullable: true });
      callback = length;
      params = offsetOrOptions;
    } else if (arguments.length === 3) {
      // fs.read(fd, bufferOrParams, callback)
      if (!isArrayBufferView(buffer)) {
        params = buffer;
        ({ buffer = Buffer.alloc(16384) } = params ?? {});
      }
      callback = offsetOrOptions;
    } else {
      // fs.read(fd, callback)
      callback = buffer;
      buffer = Buffer.alloc(16384);
    }
    if (params !== undefined && params !== null) validateObject(params, 'options', { nullable: true });
    ({
      offset = 0,
      length = buffer?.byteLength - offset,
      position = null,
    } = params ?? {});
  }
  if (!isArrayBufferView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
  validateFunction(callback, 'cb');
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0) {
    return process.nextTick(() => callback(null, 0, buffer));
  }
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  else validatePosition(position, 'position', length);
  binding.read(fd, buffer.buffer, buffer.byteOffset + offset, length, toPosition(position),
               (err, n) => {
                 if (err) return callback(err);
                 callback(null, n, buffer);
               });
}

// ---- write ----

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    if (typeof offset === 'object' && offset !== null) {
      ({
        offset = 0,
        length = buffer.byteLength - offset,
        position = null,
      } = offsetOrOptions ?? {});
    }
    if (position === undefined) position = null;
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number' && typeof position !== 'bigint') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    return binding.write(fd, buffer.buffer, buffer.byteOffset + offset, length, toPosition(position));
  }
  if (typeof buffer !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  validateEncoding(buffer, length);
  if (offset === undefined) offset = null;
  const b = Buffer.from(buffer, length);
  return binding.write(fd, b.buffer, b.byteOffset, b.byteLength, toPosition(offset));
}

function write(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    callback = maybeCallback(callback || position || length || offset);
    if (typeof offset === 'object' && offset !== null) {
      ({
        offset = 0,
        length = buffer.byteLength - offset,
        position = null,
      } = offsetOrOptions ?? {});
    }
    if (offset == null || typeof offset === 'function') offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number' && typeof position !== 'bigint') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    binding.write(fd, buffer.buffer, buffer.byteOffset + offset, length, toPosition(position),
                  (err, n) => {
                    if (err) return callback(err);
                    callback(null, n, buffer);
                  });
    return;
  }
  if (typeof buffer !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  // write(fd, string[, position[, encoding]], callback)
  if (typeof position !== 'function') {
    if (typeof offset === 'function') {
      position = offset;
      offset = null;
    } else {
      position = length;
    }
    length = 'utf8';
  }
  const str = buffer;
  validateEncoding(str, length);
  callback = maybeCallback(position);
  const b = Buffer.from(str, length);
  binding.write(fd, b.buffer, b.byteOffset, b.byteLength,
                toPosition(typeof offset === 'number' || typeof offset === 'bigint' ? offset : null),
                (err, n) => {
                  if (err) return callback(err);
                  callback(null, n, str);
                });
}

function writevSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (buffers.length === 0) return 0;
  const b = Buffer.concat(buffers.map(toU8));
  if (typeof position !== 'number') position = null;
  return binding.write(fd, b.buffer, b.byteOffset, b.byteLength, toPosition(position));
}

function writev(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback = maybeCallback(callback || position);
  if (buffers.length === 0) return process.nextTick(callback, null, 0, buffers);
  const b = Buffer.concat(buffers.map(toU8));
  if (typeof position !== 'number') position = null;
  binding.write(fd, b.buffer, b.byteOffset, b.byteLength, toPosition(position), (err, n) => {
    if (err) return callback(err);
    callback(null, n, buffers);
  });
}

function readvSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  let pos = typeof position === 'number' ? position : -1;
  let total = 0;
  for (const buf of buffers) {
    if (buf.byteLength === 0) continue;
    const n = binding.read(fd, buf.buffer, buf.byteOffset, buf.byteLength, pos);
    total += n;
    if (pos >= 0) pos += n;
    if (n < buf.byteLength) break;
  }
  return total;
}

function readv(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback = maybeCallback(callback || position);
  let pos = typeof position === 'number' ? position : -1;
  let total = 0;
  let i = 0;
  const next = () => {
    while (i < buffers.length && buffers[i].byteLength === 0) i++;
    if (i >= buffers.length) return callback(null, total, buffers);
    const buf = buffers[i++];
    binding.read(fd, buf.buffer, buf.byteOffset, buf.byteLength, pos, (err, n) => {
      if (err) return callback(err);
      total += n;
      if (pos >= 0) pos += n;
      if (n < buf.byteLength) return callback(null, total, buffers);
      next();
    });
  };
  next();
}

function validateBufferArray(buffers, name = 'buffers') {
  if (!Array.isArray(buffers)) throw new ERR_INVALID_ARG_TYPE(name, 'ArrayBufferView[]', buffers);
  for (const b of buffers) {
    if (!isArrayBufferView(b)) throw new ERR_INVALID_ARG_TYPE(name, 'ArrayBufferView[]', buffers);
  }
}

// ---- readFile / writeFile / appendFile ----

function isFd(v) {
  return typeof v === 'number' && (v | 0) === v && v >= 0;
}

function decodeData(ab, encoding) {
  const buf = Buffer.from(ab);
  return encoding ? buf.toString(encoding) : buf;
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const target = isFd(path) ? getValidatedFd(path) : getValidatedPath(path);
  const ab = binding.readFile(target, stringToFlags(options.flag));
  return decodeData(ab, options.encoding);
}

function readFile(path, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { flag: 'r' });
  const target = isFd(path) ? getValidatedFd(path) : getValidatedPath(path);
  const flags = stringToFlags(options.flag);
  if (options.signal?.aborted) {
    const { AbortError } = require('internal/errors');
    return process.nextTick(callback, new AbortError(undefined, { cause: options.signal.reason }));
  }
  binding.readFile(target, flags, (err, ab) => {
    // As Node checks the signal between its steps: an abort while the
    // read ran wins over its result.
    if (options.signal?.aborted) return callback(abortError(options.signal));
    if (err) return callback(err);
    let data;
    try {
      data = decodeData(ab, options.encoding);
    } catch (e) {
      return callback(e);
    }
    callback(null, data);
  });
}

function toWriteData(data, encoding) {
  if (typeof data === 'string') return Buffer.from(data, encoding || 'utf8');
  if (isArrayBufferView(data)) return toU8(data);
  throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

// validateFlush is writeFile's flush option: null and undefined are false.
function validateFlush(options) {
  if (options.flush == null) return false;
  validateBoolean(options.flush, 'options.flush');
  return options.flush;
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const flush = validateFlush(options);
  const b = toWriteData(data, options.encoding);
  const flag = options.flag || 'w';
  const target = isFd(path) ? getValidatedFd(path) : getValidatedPath(path, 'path');
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  if (!flush) {
    binding.writeFile(target, b.buffer, b.byteOffset, b.byteLength, stringToFlags(flag), mode);
    return;
  }
  // With flush, as Node: the data is written to a descriptor, which
  // fs.fsyncSync flushes before it is closed.
  const fs = require('fs');
  const fd = isFd(path) ? target : fs.openSync(target, flag, mode);
  try {
    binding.writeFile(fd, b.buffer, b.byteOffset, b.byteLength, 0, 0);
    fs.fsyncSync(fd);
  } finally {
    if (fd !== target) fs.closeSync(fd);
  }
}

function writeFile(path, data, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const flush = validateFlush(options);
  const b = toWriteData(data, options.encoding);
  const flag = options.flag || 'w';
  const target = isFd(path) ? getValidatedFd(path) : getValidatedPath(path, 'path');
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  if (options.signal?.aborted) {
    const { AbortError } = require('internal/errors');
    return process.nextTick(callback, new AbortError(undefined, { cause: options.signal.reason }));
  }
  if (!flush) {
    binding.writeFile(target, b.buffer, b.byteOffset, b.byteLength, stringToFlags(flag), mode, (err) => {
      if (options.signal?.aborted) return callback(abortError(options.signal));
      done(callback)(err);
    });
    return;
  }
  const fs = require('fs');
  const written = (fd, close) => {
    binding.writeFile(fd, b.buffer, b.byteOffset, b.byteLength, 0, 0, (err) => {
      if (err) return close(err);
      if (options.signal?.aborted) return close(abortError(options.signal));
      fs.fsync(fd, close);
    });
  };
  if (isFd(path)) return written(target, (err) => done(callback)(err));
  fs.open(target, flag, mode, (err, fd) => {
    if (err) return callback(err);
    written(fd, (err) => fs.close(fd, (err2) => done(callback)(err || err2)));
  });
}

function abortError(signal) {
  const { AbortError } = require('internal/errors');
  return new AbortError(undefined, { cause: signal.reason });
}

function appendFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  if (!options.flag || isFd(path)) options.flag = 'a';
  writeFileSync(path, data, options);
}

function appendFile(path, data, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  if (!options.flag || isFd(path)) options.flag = 'a';
  writeFile(path, data, options, callback);
}

// util.promisify resolves these with an object of the callback's results.
const { kCustomPromisifyArgsSymbol } = require('internal/util');
for (const [fn, names] of [[read, ['bytesRead', 'buffer']], [write, ['bytesWritten', 'buffer']],
  [readv, ['bytesRead', 'buffers']], [writev, ['bytesWritten', 'buffer']]]) {
  Object.defineProperty(fn, kCustomPromisifyArgsSymbol, { __proto__: null, value: names, enumerable: false });
}

module.exports = {
  openSync,
  open,
  closeSync,
  close,
  readSync,
  read,
  writeSync,
  write,
  writevSync,
  writev,
  readvSync,
  readv,
  isFd,
  readFileSync,
  readFile,
  writeFileSync,
  writeFile,
  appendFileSync,
  appendFile,
  isFd,
};
