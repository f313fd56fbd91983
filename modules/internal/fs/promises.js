'use strict';

// fs/promises and FileHandle over the asynchronous form of 'fs_ops'.

const binding = internalBinding('fs_ops');
const { Buffer } = require('buffer');
const EventEmitter = require('events');
const pathModule = require('path');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_FS_EISDIR,
    ERR_INTERNAL_ASSERTION,
    ERR_METHOD_NOT_IMPLEMENTED,
  },
  AbortError,
} = require('internal/errors');
const {
  validateInteger,
  validateBoolean,
  validateObject,
  validateEncoding,
} = require('internal/validators');
const {
  constants,
  stringToFlags,
  getValidatedPath,
  getOptions,
  toUnixTimestamp,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePosition,
  parseFileMode,
  getStatsFromBinding,
  Dirent,
  encodeName,
  validateRmOptionsSync,
  validateRmdirOptions,
  getValidMode,
  emitRecursiveRmdirWarning,
  warnMkdtempTemplate,
  mkdirOptions,
} = require('internal/fs/utils');

const { F_OK } = constants;

// call runs binding[op](...args) asynchronously and resolves with its result.
function call(op, ...args) {
  return new Promise((resolve, reject) => {
    binding[op](...args, (err, res) => (err ? reject(err) : resolve(res)));
  });
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

function checkAborted(signal) {
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
}

const kFd = Symbol('kFd');
const kClosePromise = Symbol('kClosePromise');
const kRefs = Symbol('kRefs');
const kLocked = Symbol('kLocked');

function closedError(syscall) {
  const err = new Error('file closed');
  err.code = 'EBADF';
  err.syscall = syscall;
  return err;
}

// checkFd(handle, syscall) is handle's descriptor; it throws as Node does
// for a closed handle, or for a method called on something else (set by
// FileHandle's static block, which alone sees its private brand).
let checkFd;

const kCloseWait = Symbol('kCloseWait');
const kRef = Symbol('kRef');
const kUnref = Symbol('kUnref');

class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kClosePromise] = null;
    this[kRefs] = 1;
    this[kCloseWait] = null;
  }

  getAsyncId() {
    return -1;
  }

  get fd() {
    return this[kFd];
  }

  // #check is the descriptor of an open handle; on anything but a
  // FileHandle it is Node's internal assertion, as in Node.
  static {
    checkFd = (o, syscall) => {
      if (o === null || typeof o !== 'object' || !(#check in o)) {
        throw new ERR_INTERNAL_ASSERTION('handle must be an instance of FileHandle');
      }
      return o.#check(syscall);
    };
  }

  #check(syscall) {
    if (this[kFd] === -1) throw closedError(syscall);
    return this[kFd];
  }

  async appendFile(data, options) {
    checkFd(this, 'write');
    options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
    return writeFileHandle(this, data, options);
  }

  async chmod(mode) {
    const fd = checkFd(this, 'fchmod');
    mode = parseFileMode(mode, 'mode');
    await this.#op('fchmod', fd, mode);
  }

  async chown(uid, gid) {
    const fd = checkFd(this, 'fchown');
    validateInteger(uid, 'uid', -1, 2 ** 32 - 1);
    validateInteger(gid, 'gid', -1, 2 ** 32 - 1);
    await this.#op('fchown', fd, uid, gid);
  }

  async datasync() {
    const fd = checkFd(this, 'fdatasync');
    await this.#op('fdatasync', fd);
  }

  async sync() {
    const fd = checkFd(this, 'fsync');
    await this.#op('fsync', fd);
  }

  async read(buffer, offset, length, position) {
    const fd = checkFd(this, 'read');
    if (buffer != null && typeof buffer === 'object' && !isArrayBufferView(buffer)) {
      ({ buffer = Buffer.alloc(16384), offset = 0, length = buffer.byteLength - offset, position = null } = buffer);
    } else if (buffer === undefined || buffer === null) {
      buffer = Buffer.alloc(16384);
    }
    if (offset !== null && typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
    }
    if (!isArrayBufferView(buffer)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
    }
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    length = length ?? buffer.byteLength - offset;
    length |= 0;
    if (length === 0) return { __proto__: null, bytesRead: 0, buffer };
    if (buffer.byteLength === 0) {
      throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
    }
    validateOffsetLengthRead(offset, length, buffer.byteLength);
    if (position == null) position = -1;
    else validatePosition(position, 'position', length);
    const bytesRead = await this.#op('read', fd, buffer.buffer, buffer.byteOffset + offset, length, toPosition(position));
    return { __proto__: null, bytesRead, buffer };
  }

  async readv(buffers, position) {
    const fd = checkFd(this, 'read');
    let pos = typeof position === 'number' ? position : -1;
    let bytesRead = 0;
    for (const buf of buffers) {
      if (buf.byteLength === 0) continue;
      const n = await this.#op('read', fd, buf.buffer, buf.byteOffset, buf.byteLength, pos);
      bytesRead += n;
      if (pos >= 0) pos += n;
      if (n < buf.byteLength) break;
    }
    return { __proto__: null, bytesRead, buffers };
  }

  async readFile(options) {
    options = getOptions(options, { flag: 'r' });
    checkAborted(options.signal);
    const fd = checkFd(this, 'read');
    const ab = await this.#op('readFile', fd, 0);
    checkAborted(options.signal);
    const buf = Buffer.from(ab);
    return options.encoding ? buf.toString(options.encoding) : buf;
  }

  readLines(options) {
    const { createInterface } = require('readline');
    return createInterface({ input: this.createReadStream(options), crlfDelay: Infinity });
  }

  async stat(options = { bigint: false }) {
    const fd = checkFd(this, 'fstat');
    const a = await this.#op('fstat', fd);
    return getStatsFromBinding(a, options?.bigint);
  }

  async truncate(len = 0) {
    const fd = checkFd(this, 'ftruncate');
    validateInteger(len, 'len');
    await this.#op('ftruncate', fd, Math.max(0, len));
  }

  async utimes(atime, mtime) {
    const fd = checkFd(this, 'futime');
    await this.#op('futime', fd, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'));
  }

  async write(buffer, offsetOrOptions, length, position) {
    const fd = checkFd(this, 'write');
    if (isArrayBufferView(buffer)) {
      let offset = offsetOrOptions;
      if (offset !== null && typeof offset === 'object') {
        ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
      }
      if (offset == null) offset = 0;
      else validateInteger(offset, 'offset', 0);
      if (typeof length !== 'number') length = buffer.byteLength - offset;
      if (typeof position !== 'number' && typeof position !== 'bigint') position = null;
      validateOffsetLengthWrite(offset, length, buffer.byteLength);
      const bytesWritten = await this.#op('write', fd, buffer.buffer, buffer.byteOffset + offset, length,
                                      toPosition(position));
      return { __proto__: null, bytesWritten, buffer };
    }
    if (typeof buffer !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
    }
    validateEncoding(buffer, length);
    const b = Buffer.from(buffer, length);
    const pos = typeof offsetOrOptions === 'number' || typeof offsetOrOptions === 'bigint' ? offsetOrOptions : null;
    const bytesWritten = await this.#op('write', fd, b.buffer, b.byteOffset, b.byteLength, toPosition(pos));
    return { __proto__: null, bytesWritten, buffer };
  }

  async writev(buffers, position) {
    const fd = checkFd(this, 'write');
    if (buffers.length === 0) return { __proto__: null, bytesWritten: 0, buffers };
    const b = Buffer.concat(buffers.map(toU8));
    const bytesWritten = await this.#op('write', fd, b.buffer, b.byteOffset, b.byteLength,
                                    toPosition(typeof position === 'number' ? position : null));
    return { __proto__: null, bytesWritten, buffers };
  }

  async writeFile(data, options) {
    checkFd(this, 'write');
    options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
    return writeFileHandle(this, data, options);
  }

  // #op runs one binding operation on the descriptor; close() waits for
  // the operations under way (as Node's reference count does), so a read
  // in flight ends with its bytes, not EBADF.
  async #op(op, ...args) {
    this[kRef]();
    try {
      return await call(op, ...args);
    } finally {
      this[kUnref]();
    }
  }

  // kRef and kUnref hold the descriptor open for a user of the handle (an
  // operation, a stream over it): a close() asked for meanwhile happens
  // when the last one lets go.
  [kRef]() {
    this[kRefs]++;
  }

  [kUnref]() {
    if (--this[kRefs] === 0 && this[kCloseWait] !== null) this[kCloseWait]();
  }

  close() {
    // closed already, or not a FileHandle at all: nothing to close
    if (this[kFd] === -1 || this[kFd] === undefined) return Promise.resolve();
    if (this[kClosePromise]) return this[kClosePromise];
    const doClose = () => {
      const fd = this[kFd];
      this[kFd] = -1;
      return call('close', fd).then(() => {
        this[kClosePromise] = null;
      }, (err) => {
        this[kClosePromise] = null;
        throw err;
      });
    };
    if (--this[kRefs] === 0) {
      this[kClosePromise] = doClose();
    } else {
      this[kClosePromise] = new Promise((resolve, reject) => {
        this[kCloseWait] = () => {
          this[kCloseWait] = null;
          doClose().then(resolve, reject);
        };
      });
    }
    // 'close' when close() is asked for, as Node emits it: users of the
    // handle (a stream over it) let go then
    this.emit('close');
    return this[kClosePromise];
  }

  async [Symbol.asyncDispose]() {
    return this.close();
  }

  // readableWebStream([options]): a ReadableStream over the file from its
  // current position; chunks are ArrayBuffers, or a byte stream with
  // { type: 'bytes' }. The handle stays locked to it; closing the handle
  // ends the stream.
  readableWebStream(options = {}) {
    const { codes: { ERR_INVALID_STATE } } = require('internal/errors');
    if (this[kFd] === -1) throw new ERR_INVALID_STATE('The FileHandle is closed');
    if (this[kClosePromise]) throw new ERR_INVALID_STATE('The FileHandle is closing');
    if (this[kLocked]) throw new ERR_INVALID_STATE('The FileHandle is locked');
    this[kLocked] = true;
    const bytes = options?.type === 'bytes';
    const { ReadableStream } = require('internal/webstreams/readablestream');
    const kChunk = 16384;
    let done = false;
    let ctrl;
    const finish = () => {
      if (done) return;
      done = true;
      this.removeListener('close', onClose);
    };
    const onClose = () => {
      if (done) return;
      finish();
      try {
        ctrl.close();
        ctrl.byobRequest?.respond(0);
      } catch {
        // already closed or errored
      }
    };
    this.on('close', onClose);
    return new ReadableStream({
      type: bytes ? 'bytes' : undefined,
      autoAllocateChunkSize: bytes ? kChunk : undefined,
      start: (c) => { ctrl = c; },
      pull: async (c) => {
        if (done) return;
        if (bytes) {
          const view = c.byobRequest.view;
          const { bytesRead } = await this.read(view, view.byteOffset, view.byteLength);
          if (done) return;
          if (bytesRead === 0) {
            finish();
            c.close();
            c.byobRequest.respond(0);
          } else {
            c.byobRequest.respond(bytesRead);
          }
          return;
        }
        const buf = new Uint8Array(kChunk);
        const { bytesRead } = await this.read(buf, 0, kChunk);
        if (done) return;
        if (bytesRead === 0) {
          finish();
          c.close();
        } else {
          c.enqueue(buf.buffer.slice(0, bytesRead));
        }
      },
      cancel: () => { finish(); },
    }, bytes ? undefined : { highWaterMark: 0 });
  }

  createReadStream(options = undefined) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }
}

function toWriteData(data, encoding) {
  if (typeof data === 'string') return Buffer.from(data, encoding || 'utf8');
  if (isArrayBufferView(data)) return toU8(data);
  return null;
}

async function writeFileHandle(fh, data, options) {
  checkAborted(options.signal);
  const fd = fh.fd;
  if (fd === -1) throw closedError('write');
  let b = toWriteData(data, options.encoding);
  if (b === null) {
    // Iterables and async iterables of strings or buffers.
    if (data != null && (typeof data[Symbol.iterator] === 'function' ||
                         typeof data[Symbol.asyncIterator] === 'function')) {
      for await (const chunk of data) {
        checkAborted(options.signal);
        const cb = toWriteData(chunk, options.encoding);
        if (cb === null) {
          throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
        }
        await call('writeFile', fd, cb.buffer, cb.byteOffset, cb.byteLength, 0, 0);
      }
      return;
    }
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  await call('writeFile', fd, b.buffer, b.byteOffset, b.byteLength, 0, 0);
  checkAborted(options.signal);
}

// ---- path-based functions ----

async function open(path, flags, mode) {
  path = getValidatedPath(path);
  const f = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  return new FileHandle(await call('open', path, f, mode));
}

async function access(path, mode = F_OK) {
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  await call('access', path, mode);
}

async function copyFile(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = getValidMode(mode, 'copyFile');
  await call('copyFile', src, dest, mode);
}

async function cp(src, dest, options) {
  return require('internal/fs/cp').cpAsync(src, dest, options);
}

async function opendir(path, options) {
  return require('internal/fs/dir').opendirPromise(path, options);
}

async function rename(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  await call('rename', oldPath, newPath);
}

async function truncate(path, len = 0) {
  const fh = await open(path, 'r+');
  try {
    await fh.truncate(len);
  } finally {
    await fh.close();
  }
}

async function rm(path, options) {
  path = getValidatedPath(path);
  options = validateRmOptionsSync(path, options);
  let st;
  try {
    st = await call('lstat', path);
  } catch (e) {
    if (options.force && e.code === 'ENOENT') return;
    throw e;
  }
  if ((st[1] & constants.S_IFMT) === constants.S_IFDIR) {
    if (!options.recursive) {
      throw new ERR_FS_EISDIR({ code: 'EISDIR', message: 'is a directory', path, syscall: 'rm', errno: 21 });
    }
    await call('rmAll', path);
  } else {
    await call('unlink', path);
  }
}

async function rmdir(path, options) {
  path = getValidatedPath(path);
  const opts = validateRmdirOptions(options);
  if (opts.recursive) {
    emitRecursiveRmdirWarning();
    const st = await call('lstat', path);
    // A file is not a directory: rmdir names it ENOTDIR, as Node's does.
    if ((st[1] & constants.S_IFMT) !== constants.S_IFDIR) return call('rmdir', path);
    return call('rmAll', path);
  }
  await call('rmdir', path);
}

async function mkdir(path, options) {
  const { mode, recursive } = mkdirOptions(options);
  path = getValidatedPath(path);
  const r = await call('mkdir', path, mode, recursive);
  return recursive ? r : undefined;
}

async function readdir(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  const enc = options.encoding;
  if (options.recursive) {
    const out = [];
    const queue = [[path, '']];
    for (let q = 0; q < queue.length; q++) {
      const [dir, rel] = queue[q];
      const [names, types] = await call('readdir', dir, true);
      for (let i = 0; i < names.length; i++) {
        const relName = rel ? pathModule.join(rel, names[i]) : names[i];
        if (options.withFileTypes) out.push(new Dirent(encodeName(names[i], enc), types[i], dir));
        else out.push(encodeName(relName, enc));
        if (types[i] === constants.UV_DIRENT_DIR) queue.push([pathModule.join(dir, names[i]), relName]);
      }
    }
    return out;
  }
  if (options.withFileTypes) {
    const [names, types] = await call('readdir', path, true);
    return names.map((n, i) => new Dirent(encodeName(n, enc), types[i], path));
  }
  const names = await call('readdir', path, false);
  return names.map((n) => encodeName(n, enc));
}

async function readlink(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  return encodeName(await call('readlink', path), options.encoding);
}

async function symlink(target, path, type) {
  if (type != null && type !== 'dir' && type !== 'file' && type !== 'junction') {
    const { codes: { ERR_FS_INVALID_SYMLINK_TYPE } } = require('internal/errors');
    throw new ERR_FS_INVALID_SYMLINK_TYPE(type);
  }
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  await call('symlink', target, path);
}

function statOptions(options) {
  if (options == null || typeof options !== 'object') return { bigint: false };
  return options;
}

async function lstat(path, options = { bigint: false }) {
  options = statOptions(options);
  path = getValidatedPath(path);
  return getStatsFromBinding(await call('lstat', path), options.bigint);
}

async function stat(path, options = { bigint: false }) {
  options = statOptions(options);
  path = getValidatedPath(path);
  return getStatsFromBinding(await call('stat', path), options.bigint);
}

async function statfs(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  const w = require('internal/fs/watchers');
  const bigint = !!options?.bigint;
  const values = await new Promise((resolve, reject) => {
    w.statfsBinding().statfs(path, (err, res) => (err ? reject(err) : resolve(res)));
  });
  return w.getStatFsFromBinding(values, bigint);
}

async function link(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  await call('link', existingPath, newPath);
}

async function unlink(path) {
  path = getValidatedPath(path);
  await call('unlink', path);
}

async function chmod(path, mode) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  await call('chmod', path, mode);
}

async function lchmod() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('lchmod()');
}

function validateIds(uid, gid) {
  validateInteger(uid, 'uid', -1, 2 ** 32 - 1);
  validateInteger(gid, 'gid', -1, 2 ** 32 - 1);
}

async function lchown(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  await call('lchown', path, uid, gid);
}

async function chown(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  await call('chown', path, uid, gid);
}

async function utimes(path, atime, mtime) {
  path = getValidatedPath(path);
  await call('utime', path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

async function lutimes(path, atime, mtime) {
  path = getValidatedPath(path);
  await call('lutime', path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

async function realpath(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  return encodeName(await call('realpath', path), options.encoding);
}

async function mkdtemp(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  warnMkdtempTemplate(prefix);
  return encodeName(await call('mkdtemp', prefix), options.encoding);
}

async function writeFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const flag = options.flag || 'w';
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  if (path instanceof FileHandle) return writeFileHandle(path, data, options);
  checkAborted(options.signal);
  const b = toWriteData(data, options.encoding);
  if (b !== null && typeof path !== 'number' && !flush) {
    path = getValidatedPath(path);
    await call('writeFile', path, b.buffer, b.byteOffset, b.byteLength, stringToFlags(flag),
               parseFileMode(options.mode, 'mode', 0o666));
    checkAborted(options.signal); // an abort while the write ran, as Node checks between steps
    return;
  }
  if (typeof path === 'number') {
    return writeFileHandle({ fd: path }, data, options);
  }
  const fh = await open(path, flag, options.mode);
  try {
    await writeFileHandle(fh, data, options);
    if (flush) await fh.sync();
  } finally {
    await fh.close();
  }
}

async function appendFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  if (!options.flag || path instanceof FileHandle) options.flag = 'a';
  return writeFile(path, data, options);
}

async function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  if (path instanceof FileHandle) return path.readFile(options);
  checkAborted(options.signal);
  const target = typeof path === 'number' && (path | 0) === path && path >= 0 ? path : getValidatedPath(path);
  const ab = await call('readFile', target, stringToFlags(options.flag));
  checkAborted(options.signal);
  const buf = Buffer.from(ab);
  return options.encoding ? buf.toString(options.encoding) : buf;
}

function watch(filename, options) {
  return require('internal/fs/watchers').promisesWatch(filename, options);
}

const exportsObj = {
  access,
  copyFile,
  cp,
  open,
  opendir,
  rename,
  truncate,
  rm,
  rmdir,
  mkdir,
  readdir,
  readlink,
  symlink,
  lstat,
  stat,
  statfs,
  link,
  unlink,
  chmod,
  lchmod,
  lchown,
  chown,
  utimes,
  lutimes,
  realpath,
  mkdtemp,
  writeFile,
  appendFile,
  readFile,
  watch,
  constants,
};

module.exports = { exports: exportsObj, FileHandle, call, kRef, kUnref };
