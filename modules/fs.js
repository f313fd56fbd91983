'use strict';

// fs: synchronous and callback file-system API over the host 'fs_ops'
// binding. Without a callback a binding call is synchronous; with one it
// runs off the loop and completes as a macrotask.

const binding = internalBinding('fs_ops');
const { Buffer } = require('buffer');
const pathModule = require('path');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_FS_EISDIR,
  },
} = require('internal/errors');
const {
  validateFunction,
  validateInteger,
  validateBoolean,
  validateObject,
  validateEncoding,
} = require('internal/validators');
const utils = require('internal/fs/utils');
const {
  constants,
  stringToFlags,
  getValidatedPath,
  getValidatedFd,
  getOptions,
  toUnixTimestamp,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePosition,
  parseFileMode,
  Stats,
  getStatsFromBinding,
  Dirent,
  encodeName,
  validateRmOptionsSync,
  validateRmdirOptions,
  getValidMode,
} = utils;

const { F_OK } = constants;

function maybeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

// done adapts a binding completion to a Node callback: cb(err) or
// cb(null[, result]).
function done(cb, map) {
  return (err, res) => {
    if (err) return cb(err);
    if (map) res = map(res);
    if (res === undefined) cb(null);
    else cb(null, res);
  };
}

function isArrayBufferView(v) {
  return ArrayBuffer.isView(v);
}

function toU8(v) {
  return v instanceof Uint8Array ? v : new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
}

function toPosition(position) {
  if (position === null || position === undefined) return -1;
  if (typeof position === 'bigint') return Number(position);
  return position;
}

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

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const b = toWriteData(data, options.encoding);
  const flag = options.flag || 'w';
  const target = isFd(path) ? getValidatedFd(path) : getValidatedPath(path, 'path');
  binding.writeFile(target, b.buffer, b.byteOffset, b.byteLength, stringToFlags(flag),
                    parseFileMode(options.mode, 'mode', 0o666));
}

function writeFile(path, data, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const b = toWriteData(data, options.encoding);
  const flag = options.flag || 'w';
  const target = isFd(path) ? getValidatedFd(path) : getValidatedPath(path, 'path');
  if (options.signal?.aborted) {
    const { AbortError } = require('internal/errors');
    return process.nextTick(callback, new AbortError(undefined, { cause: options.signal.reason }));
  }
  binding.writeFile(target, b.buffer, b.byteOffset, b.byteLength, stringToFlags(flag),
                    parseFileMode(options.mode, 'mode', 0o666), (err) => {
                      if (options.signal?.aborted) return callback(abortError(options.signal));
                      done(callback)(err);
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

// ---- stat family ----

function statOptions(options) {
  if (options === undefined || options === null || typeof options !== 'object') return { bigint: false };
  return options;
}

function hasNoEntryError(e) {
  return e && e.code === 'ENOENT';
}

function statSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  options = statOptions(options);
  path = getValidatedPath(path);
  try {
    return getStatsFromBinding(binding.stat(path), options.bigint);
  } catch (e) {
    if (options.throwIfNoEntry === false && hasNoEntryError(e)) return undefined;
    throw e;
  }
}

function lstatSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  options = statOptions(options);
  path = getValidatedPath(path);
  try {
    return getStatsFromBinding(binding.lstat(path), options.bigint);
  } catch (e) {
    if (options.throwIfNoEntry === false && hasNoEntryError(e)) return undefined;
    throw e;
  }
}

function fstatSync(fd, options = { bigint: false }) {
  options = statOptions(options);
  fd = getValidatedFd(fd);
  return getStatsFromBinding(binding.fstat(fd), options.bigint);
}

function stat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  options = statOptions(options);
  callback = maybeCallback(callback);
  path = getValidatedPath(path);
  binding.stat(path, done(callback, (a) => getStatsFromBinding(a, options.bigint)));
}

function lstat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  options = statOptions(options);
  callback = maybeCallback(callback);
  path = getValidatedPath(path);
  binding.lstat(path, done(callback, (a) => getStatsFromBinding(a, options.bigint)));
}

function fstat(fd, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  options = statOptions(options);
  callback = maybeCallback(callback);
  fd = getValidatedFd(fd);
  binding.fstat(fd, done(callback, (a) => getStatsFromBinding(a, options.bigint)));
}

function statfsSync(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  const w = require('internal/fs/watchers');
  return w.getStatFsFromBinding(w.statfsBinding().statfs(path), !!options?.bigint);
}

function statfs(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  callback = maybeCallback(callback);
  path = getValidatedPath(path);
  const bigint = !!options?.bigint;
  const w = require('internal/fs/watchers');
  w.statfsBinding().statfs(path, done(callback, (a) => w.getStatFsFromBinding(a, bigint)));
}

// ---- watch / watchFile / openAsBlob ----

function watch(filename, options, listener) {
  return require('internal/fs/watchers').watch(filename, options, listener);
}

function watchFile(filename, options, listener) {
  return require('internal/fs/watchers').watchFile(filename, options, listener);
}

function unwatchFile(filename, listener) {
  return require('internal/fs/watchers').unwatchFile(filename, listener);
}

// openAsBlob reads the file now and resolves with a Blob of its bytes.
function openAsBlob(path, options = {}) {
  validateObject(options, 'options');
  const type = options.type || '';
  const { validateString } = require('internal/validators');
  validateString(type, 'options.type');
  path = getValidatedPath(path);
  let data;
  try {
    data = readFileSync(path);
  } catch {
    const err = new TypeError('Unable to open file as blob');
    err.code = 'ERR_INVALID_ARG_VALUE';
    throw err;
  }
  const { Blob } = require('buffer');
  return Promise.resolve(new Blob([data], { type }));
}

// ---- access / exists ----

function accessSync(path, mode) {
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  binding.access(path, mode);
}

function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = F_OK;
  }
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  callback = maybeCallback(callback);
  binding.access(path, mode, done(callback));
}

function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch {
    return false;
  }
  try {
    binding.access(path, F_OK);
    return true;
  } catch {
    return false;
  }
}

function exists(path, callback) {
  maybeCallback(callback);
  try {
    path = getValidatedPath(path);
  } catch {
    return process.nextTick(callback, false);
  }
  binding.access(path, F_OK, (err) => callback(!err));
}
Object.defineProperty(exists, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null, enumerable: false, configurable: true, writable: true,
  value: function exists(path) {
    return new Promise((resolve) => fs.exists(path, resolve));
  },
});

// ---- directories ----

function mkdirOptions(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'mode');
  }
  validateBoolean(recursive, 'options.recursive');
  return { mode, recursive };
}

function mkdirSync(path, options) {
  const { mode, recursive } = mkdirOptions(options);
  path = getValidatedPath(path);
  const r = binding.mkdir(path, mode, recursive);
  if (recursive) return r;
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = maybeCallback(callback);
  const { mode, recursive } = mkdirOptions(options);
  path = getValidatedPath(path);
  binding.mkdir(path, mode, recursive, recursive ? (err, r) => {
    if (err) return callback(err);
    callback(null, r);
  } : done(callback));
}

function mkdtempSync(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  return encodeName(binding.mkdtemp(prefix), options.encoding);
}

function mkdtemp(prefix, options, callback) {
  callback = maybeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  binding.mkdtemp(prefix, done(callback, (p) => encodeName(p, options.encoding)));
}

function direntsFrom(pair, dirPath, encoding) {
  const [names, types] = pair;
  const out = new Array(names.length);
  for (let i = 0; i < names.length; i++) {
    out[i] = new Dirent(encodeName(names[i], encoding), types[i], dirPath);
  }
  return out;
}

function readdirRecursiveSync(basePath, options) {
  const withTypes = !!options.withFileTypes;
  const encoding = options.encoding;
  const out = [];
  const queue = [[basePath, '']];
  for (let q = 0; q < queue.length; q++) {
    const [dir, rel] = queue[q];
    const pair = binding.readdir(dir, true);
    const [names, types] = pair;
    for (let i = 0; i < names.length; i++) {
      const relName = rel ? pathModule.join(rel, names[i]) : names[i];
      if (withTypes) out.push(new Dirent(encodeName(names[i], encoding), types[i], dir));
      else out.push(encodeName(relName, encoding));
      if (types[i] === constants.UV_DIRENT_DIR) {
        queue.push([pathModule.join(dir, names[i]), relName]);
      }
    }
  }
  return out;
}

function readdirSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) return readdirRecursiveSync(path, options);
  if (options.withFileTypes) return direntsFrom(binding.readdir(path, true), path, options.encoding);
  return binding.readdir(path, false).map((n) => encodeName(n, options.encoding));
}

function readdir(path, options, callback) {
  callback = maybeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) {
    // Walk asynchronously, breadth first like the synchronous form.
    const withTypes = !!options.withFileTypes;
    const out = [];
    const queue = [[path, '']];
    let q = 0;
    const step = () => {
      if (q >= queue.length) return callback(null, out);
      const [dir, rel] = queue[q++];
      binding.readdir(dir, true, (err, pair) => {
        if (err) return callback(err);
        const [names, types] = pair;
        for (let i = 0; i < names.length; i++) {
          const relName = rel ? pathModule.join(rel, names[i]) : names[i];
          if (withTypes) out.push(new Dirent(encodeName(names[i], options.encoding), types[i], dir));
          else out.push(encodeName(relName, options.encoding));
          if (types[i] === constants.UV_DIRENT_DIR) queue.push([pathModule.join(dir, names[i]), relName]);
        }
        step();
      });
    };
    return step();
  }
  if (options.withFileTypes) {
    return binding.readdir(path, true, done(callback, (p) => direntsFrom(p, path, options.encoding)));
  }
  binding.readdir(path, false, done(callback, (names) => names.map((n) => encodeName(n, options.encoding))));
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  const opts = validateRmdirOptions(options);
  if (opts.recursive) {
    binding.lstat(path);
    return binding.rmAll(path);
  }
  binding.rmdir(path);
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = maybeCallback(callback);
  path = getValidatedPath(path);
  const opts = validateRmdirOptions(options);
  if (opts.recursive) {
    return binding.lstat(path, (err) => {
      if (err) return callback(err);
      binding.rmAll(path, done(callback));
    });
  }
  binding.rmdir(path, done(callback));
}

function rmIsDirError(path) {
  return new ERR_FS_EISDIR({
    code: 'EISDIR',
    message: 'is a directory',
    path,
    syscall: 'rm',
    errno: 21,
  });
}

function rmSync(path, options) {
  path = getValidatedPath(path);
  options = validateRmOptionsSync(options);
  let st;
  try {
    st = binding.lstat(path);
  } catch (e) {
    if (options.force && e.code === 'ENOENT') return;
    throw e;
  }
  const isDir = (st[1] & constants.S_IFMT) === constants.S_IFDIR;
  if (isDir) {
    if (!options.recursive) throw rmIsDirError(path);
    binding.rmAll(path);
  } else {
    binding.unlink(path);
  }
}

function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = maybeCallback(callback);
  path = getValidatedPath(path);
  options = validateRmOptionsSync(options);
  binding.lstat(path, (err, st) => {
    if (err) {
      if (options.force && err.code === 'ENOENT') return callback(null);
      return callback(err);
    }
    const isDir = (st[1] & constants.S_IFMT) === constants.S_IFDIR;
    if (isDir) {
      if (!options.recursive) return callback(rmIsDirError(path));
      binding.rmAll(path, done(callback));
    } else {
      binding.unlink(path, done(callback));
    }
  });
}

// ---- links, renames, copies ----

function unlinkSync(path) {
  binding.unlink(getValidatedPath(path));
}

function unlink(path, callback) {
  callback = maybeCallback(callback);
  binding.unlink(getValidatedPath(path), done(callback));
}

function renameSync(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.rename(oldPath, newPath);
}

function rename(oldPath, newPath, callback) {
  callback = maybeCallback(callback);
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.rename(oldPath, newPath, done(callback));
}

function linkSync(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.link(existingPath, newPath);
}

function link(existingPath, newPath, callback) {
  callback = maybeCallback(callback);
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.link(existingPath, newPath, done(callback));
}

function validateSymlinkType(type) {
  if (type != null && type !== 'dir' && type !== 'file' && type !== 'junction') {
    const { codes: { ERR_FS_INVALID_SYMLINK_TYPE } } = require('internal/errors');
    throw new ERR_FS_INVALID_SYMLINK_TYPE(type);
  }
}

function symlinkSync(target, path, type) {
  validateSymlinkType(type);
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  binding.symlink(target, path);
}

function symlink(target, path, type, callback) {
  if (typeof type === 'function') {
    callback = type;
    type = undefined;
  }
  callback = maybeCallback(callback);
  validateSymlinkType(type);
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  binding.symlink(target, path, done(callback));
}

function readlinkSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  return encodeName(binding.readlink(path), options.encoding);
}

function readlink(path, options, callback) {
  callback = maybeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  binding.readlink(path, done(callback, (s) => encodeName(s, options.encoding)));
}

// realpathError reports a failed resolution as Node's JavaScript resolver
// does: the lstat of the first component that cannot be resolved.
function realpathLstatError(p, err) {
  const abs = pathModule.resolve(p);
  const parts = abs.split('/').filter(Boolean);
  let cur = '';
  for (const part of parts) {
    cur += '/' + part;
    try {
      binding.lstat(cur);
    } catch (e) {
      return e;
    }
  }
  return err;
}

function realpathSync(p, options) {
  options = getOptions(options);
  p = getValidatedPath(p);
  let r;
  try {
    r = binding.realpath(p);
  } catch (err) {
    throw realpathLstatError(p, err);
  }
  return encodeName(r, options.encoding);
}

realpathSync.native = function realpathSyncNative(p, options) {
  options = getOptions(options);
  p = getValidatedPath(p);
  return encodeName(binding.realpath(p), options.encoding);
};

function realpath(p, options, callback) {
  callback = maybeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  p = getValidatedPath(p);
  binding.realpath(p, (err, r) => {
    if (err) {
      let e = err;
      try {
        e = realpathLstatError(p, err);
      } catch {
        // keep err
      }
      return callback(e);
    }
    callback(null, encodeName(r, options.encoding));
  });
}

realpath.native = function realpathNative(p, options, callback) {
  callback = maybeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  p = getValidatedPath(p);
  binding.realpath(p, done(callback, (r) => encodeName(r, options.encoding)));
};

function copyFileSync(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  binding.copyFile(src, dest, getValidMode(mode, 'copyFile'));
}

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = getValidMode(mode, 'copyFile');
  callback = maybeCallback(callback);
  binding.copyFile(src, dest, mode, done(callback));
}

// ---- truncate, modes, owners, times, sync ----

function truncateSync(path, len) {
  if (isFd(path)) return ftruncateSync(path, len);
  if (len === undefined) len = 0;
  const fd = openSync(path, 'r+');
  try {
    ftruncateSync(fd, len);
  } finally {
    closeSync(fd);
  }
}

function truncate(path, len, callback) {
  if (isFd(path)) return ftruncate(path, len, callback);
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  } else if (len === undefined) {
    len = 0;
  }
  validateInteger(len, 'len');
  len = Math.max(0, len);
  callback = maybeCallback(callback);
  binding.truncate(getValidatedPath(path), len, done(callback));
}

function ftruncateSync(fd, len = 0) {
  fd = getValidatedFd(fd);
  validateInteger(len, 'len');
  binding.ftruncate(fd, Math.max(0, len));
}

function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  fd = getValidatedFd(fd);
  validateInteger(len, 'len');
  callback = maybeCallback(callback);
  binding.ftruncate(fd, Math.max(0, len), done(callback));
}

function chmodSync(path, mode) {
  path = getValidatedPath(path);
  binding.chmod(path, parseFileMode(mode, 'mode'));
}

function chmod(path, mode, callback) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  callback = maybeCallback(callback);
  binding.chmod(path, mode, done(callback));
}

function fchmodSync(fd, mode) {
  fd = getValidatedFd(fd);
  binding.fchmod(fd, parseFileMode(mode, 'mode'));
}

function fchmod(fd, mode, callback) {
  fd = getValidatedFd(fd);
  mode = parseFileMode(mode, 'mode');
  callback = maybeCallback(callback);
  binding.fchmod(fd, mode, done(callback));
}

const kMaxUserId = 2 ** 32 - 1;

function validateIds(uid, gid) {
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
}

function chownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.chown(path, uid, gid);
}

function chown(path, uid, gid, callback) {
  callback = maybeCallback(callback);
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.chown(path, uid, gid, done(callback));
}

function lchownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.lchown(path, uid, gid);
}

function lchown(path, uid, gid, callback) {
  callback = maybeCallback(callback);
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.lchown(path, uid, gid, done(callback));
}

function fchownSync(fd, uid, gid) {
  fd = getValidatedFd(fd);
  validateIds(uid, gid);
  binding.fchown(fd, uid, gid);
}

function fchown(fd, uid, gid, callback) {
  fd = getValidatedFd(fd);
  validateIds(uid, gid);
  callback = maybeCallback(callback);
  binding.fchown(fd, uid, gid, done(callback));
}

function utimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  binding.utime(path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

function utimes(path, atime, mtime, callback) {
  callback = maybeCallback(callback);
  path = getValidatedPath(path);
  binding.utime(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), done(callback));
}

function lutimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  binding.lutime(path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

function lutimes(path, atime, mtime, callback) {
  callback = maybeCallback(callback);
  path = getValidatedPath(path);
  binding.lutime(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), done(callback));
}

function futimesSync(fd, atime, mtime) {
  fd = getValidatedFd(fd);
  binding.futime(fd, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'));
}

function futimes(fd, atime, mtime, callback) {
  fd = getValidatedFd(fd);
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  callback = maybeCallback(callback);
  binding.futime(fd, atime, mtime, done(callback));
}

function fsyncSync(fd) {
  binding.fsync(getValidatedFd(fd));
}

function fsync(fd, callback) {
  fd = getValidatedFd(fd);
  callback = maybeCallback(callback);
  binding.fsync(fd, done(callback));
}

function fdatasyncSync(fd) {
  binding.fdatasync(getValidatedFd(fd));
}

function fdatasync(fd, callback) {
  fd = getValidatedFd(fd);
  callback = maybeCallback(callback);
  binding.fdatasync(fd, done(callback));
}

// ---- opendir / cp / streams (lazily loaded) ----

function opendirSync(path, options) {
  return require('internal/fs/dir').opendirSync(path, options);
}

function opendir(path, options, callback) {
  return require('internal/fs/dir').opendir(path, options, callback);
}

function cpSync(src, dest, options) {
  require('internal/fs/cp').cpSync(src, dest, options);
}

function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = maybeCallback(callback);
  require('internal/fs/cp').cpAsync(src, dest, options).then(() => callback(null), callback);
}

function createReadStream(path, options) {
  const { ReadStream } = require('internal/fs/streams');
  return new ReadStream(path, options);
}

function createWriteStream(path, options) {
  const { WriteStream } = require('internal/fs/streams');
  return new WriteStream(path, options);
}

function notImplemented(name) {
  return function() {
    const { codes: { ERR_METHOD_NOT_IMPLEMENTED } } = require('internal/errors');
    throw new ERR_METHOD_NOT_IMPLEMENTED(name);
  };
}

const fs = module.exports = {
  appendFile,
  appendFileSync,
  access,
  accessSync,
  chown,
  chownSync,
  chmod,
  chmodSync,
  close,
  closeSync,
  copyFile,
  copyFileSync,
  cp,
  cpSync,
  createReadStream,
  createWriteStream,
  exists,
  existsSync,
  fchown,
  fchownSync,
  fchmod,
  fchmodSync,
  fdatasync,
  fdatasyncSync,
  fstat,
  fstatSync,
  fsync,
  fsyncSync,
  ftruncate,
  ftruncateSync,
  futimes,
  futimesSync,
  lchown,
  lchownSync,
  lchmod: undefined,
  lchmodSync: undefined,
  link,
  linkSync,
  lstat,
  lstatSync,
  lutimes,
  lutimesSync,
  mkdir,
  mkdirSync,
  mkdtemp,
  mkdtempSync,
  open,
  openSync,
  openAsBlob,
  readdir,
  readdirSync,
  read,
  readSync,
  readv,
  readvSync,
  readFile,
  readFileSync,
  readlink,
  readlinkSync,
  realpath,
  realpathSync,
  rename,
  renameSync,
  rm,
  rmSync,
  rmdir,
  rmdirSync,
  stat,
  statfs,
  statSync,
  statfsSync,
  symlink,
  symlinkSync,
  truncate,
  truncateSync,
  unwatchFile,
  unlink,
  unlinkSync,
  utimes,
  utimesSync,
  watch,
  watchFile,
  writeFile,
  writeFileSync,
  write,
  writeSync,
  writev,
  writevSync,
  Dirent,
  Stats,

  get ReadStream() {
    return require('internal/fs/streams').ReadStream;
  },
  set ReadStream(v) {
    Object.defineProperty(fs, 'ReadStream', { __proto__: null, value: v, writable: true, enumerable: true, configurable: true });
  },
  get WriteStream() {
    return require('internal/fs/streams').WriteStream;
  },
  set WriteStream(v) {
    Object.defineProperty(fs, 'WriteStream', { __proto__: null, value: v, writable: true, enumerable: true, configurable: true });
  },
  get FileReadStream() {
    return require('internal/fs/streams').ReadStream;
  },
  set FileReadStream(v) {
    Object.defineProperty(fs, 'FileReadStream', { __proto__: null, value: v, writable: true, enumerable: true, configurable: true });
  },
  get FileWriteStream() {
    return require('internal/fs/streams').WriteStream;
  },
  set FileWriteStream(v) {
    Object.defineProperty(fs, 'FileWriteStream', { __proto__: null, value: v, writable: true, enumerable: true, configurable: true });
  },

  _toUnixTimestamp: toUnixTimestamp,
};

Object.defineProperties(fs, {
  Dir: {
    __proto__: null, enumerable: true, configurable: true,
    get() { return require('internal/fs/dir').Dir; },
  },
  opendir: { __proto__: null, enumerable: true, configurable: true, writable: true, value: opendir },
  opendirSync: { __proto__: null, enumerable: true, configurable: true, writable: true, value: opendirSync },
  F_OK: { __proto__: null, enumerable: true, value: F_OK || 0 },
  R_OK: { __proto__: null, enumerable: true, value: constants.R_OK },
  W_OK: { __proto__: null, enumerable: true, value: constants.W_OK },
  X_OK: { __proto__: null, enumerable: true, value: constants.X_OK },
  constants: {
    __proto__: null, configurable: false, enumerable: true, value: constants,
  },
  promises: {
    __proto__: null, configurable: true, enumerable: true,
    get() { return require('internal/fs/promises').exports; },
  },
});
