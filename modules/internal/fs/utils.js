'use strict';

// Shared pieces of fs and fs/promises: constants, flag and mode parsing,
// path and option validation, Stats, BigIntStats and Dirent.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateInt32,
  validateInteger,
  validateUint32,
  validateObject,
  validateBoolean,
  parseFileMode,
} = require('internal/validators');
const { Buffer } = require('buffer');

const constants = {
  __proto__: null,
  UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2, O_RDONLY: 0, O_WRONLY: 1,
  O_RDWR: 2, UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2,
  UV_DIRENT_LINK: 3, UV_DIRENT_FIFO: 4, UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6,
  UV_DIRENT_BLOCK: 7, EXTENSIONLESS_FORMAT_JAVASCRIPT: 0, EXTENSIONLESS_FORMAT_WASM: 1, S_IFMT: 61440,
  S_IFREG: 32768, S_IFDIR: 16384, S_IFCHR: 8192, S_IFBLK: 24576,
  S_IFIFO: 4096, S_IFLNK: 40960, S_IFSOCK: 49152, O_CREAT: 64,
  O_EXCL: 128, UV_FS_O_FILEMAP: 0, O_NOCTTY: 256, O_TRUNC: 512,
  O_APPEND: 1024, O_DIRECTORY: 65536, O_NOATIME: 262144, O_NOFOLLOW: 131072,
  O_SYNC: 1052672, O_DSYNC: 4096, O_DIRECT: 16384, O_NONBLOCK: 2048,
  S_IRWXU: 448, S_IRUSR: 256, S_IWUSR: 128, S_IXUSR: 64,
  S_IRWXG: 56, S_IRGRP: 32, S_IWGRP: 16, S_IXGRP: 8,
  S_IRWXO: 7, S_IROTH: 4, S_IWOTH: 2, S_IXOTH: 1,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
  UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1, UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2,
  UV_FS_COPYFILE_FICLONE_FORCE: 4, COPYFILE_FICLONE_FORCE: 4,
};

const {
  O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_SYNC,
  S_IFMT, S_IFREG, S_IFDIR, S_IFCHR, S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK,
} = constants;

const flagTable = {
  __proto__: null,
  'r': O_RDONLY,
  'rs': O_RDONLY | O_SYNC,
  'sr': O_RDONLY | O_SYNC,
  'r+': O_RDWR,
  'rs+': O_RDWR | O_SYNC,
  'sr+': O_RDWR | O_SYNC,
  'w': O_TRUNC | O_CREAT | O_WRONLY,
  'wx': O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'xw': O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'w+': O_TRUNC | O_CREAT | O_RDWR,
  'wx+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'xw+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'a': O_APPEND | O_CREAT | O_WRONLY,
  'ax': O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  'xa': O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  'as': O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'sa': O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'a+': O_APPEND | O_CREAT | O_RDWR,
  'ax+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'xa+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'as+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
  'sa+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
};

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags == null) return O_RDONLY;
  if (typeof flags === 'string') {
    const f = flagTable[flags];
    if (f !== undefined) return f;
  }
  throw new ERR_INVALID_ARG_VALUE(name, flags);
}

function isURL(p) {
  return p !== null && typeof p === 'object' && typeof p.href === 'string' &&
    typeof p.protocol === 'string' && p.origin !== undefined;
}

// toPathIfFileURL converts a file: URL to a path; other values pass.
function toPathIfFileURL(p) {
  if (!isURL(p)) return p;
  return require('internal/url').fileURLToPath(p);
}

const nullByteDesc = 'must be a string, Uint8Array, or URL without null bytes';

// getValidatedPath returns a string path from a string, Buffer or URL.
function getValidatedPath(fileURLOrPath, propName = 'path') {
  let p = toPathIfFileURL(fileURLOrPath);
  if (typeof p !== 'string') {
    if (p instanceof Uint8Array) {
      p = Buffer.from(p.buffer, p.byteOffset, p.byteLength).toString();
    } else {
      throw new ERR_INVALID_ARG_TYPE(propName, ['string', 'Buffer', 'URL'], fileURLOrPath);
    }
  }
  if (p.includes('\u0000')) {
    throw new ERR_INVALID_ARG_VALUE(propName, fileURLOrPath, nullByteDesc);
  }
  return p;
}

function getValidatedFd(fd, propName = 'fd') {
  if (Object.is(fd, -0)) return 0;
  validateInt32(fd, propName, 0);
  return fd;
}

function assertEncoding(encoding) {
  if (encoding && encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
}

function getOptions(options, defaultOptions = {}) {
  if (options == null || typeof options === 'function') return defaultOptions;
  if (typeof options === 'string') {
    defaultOptions = { ...defaultOptions };
    defaultOptions.encoding = options;
    options = defaultOptions;
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  if (options.signal !== undefined) {
    require('internal/validators').validateAbortSignal(options.signal, 'options.signal');
  }
  return options;
}

function copyObject(source) {
  return { ...source };
}

// toUnixTimestamp converts a Date, number or numeric string to seconds.
let showMkdtempWarning = true;

// warnMkdtempTemplate is Node's warning, once per process, for a mkdtemp
// prefix ending with X (the system's templates end with XXXXXX).
function warnMkdtempTemplate(prefix) {
  const last = typeof prefix === 'string' ? prefix.charCodeAt(prefix.length - 1) : prefix[prefix.length - 1];
  if (!showMkdtempWarning || last !== 0x58) return;
  showMkdtempWarning = false;
  process.emitWarning('mkdtemp() templates ending with X are not portable. ' +
    'For details see: https://nodejs.org/api/fs.html');
}

let showRecursiveRmdirWarning = true;

// emitRecursiveRmdirWarning is DEP0147, once per process, for any
// fs.rmdir with { recursive: true }.
function emitRecursiveRmdirWarning() {
  if (!showRecursiveRmdirWarning) return;
  showRecursiveRmdirWarning = false;
  process.emitWarning(
    'In future versions of Node.js, fs.rmdir(path, { recursive: true }) ' +
      'will be removed. Use fs.rm(path, { recursive: true }) instead',
    'DeprecationWarning',
    'DEP0147',
  );
}

function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && +time == time) return +time;
  if (typeof time === 'number' && Number.isFinite(time)) {
    if (time < 0) return Date.now() / 1000;
    return time;
  }
  if (time instanceof Date) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

function validateOffsetLengthRead(offset, length, bufferLength) {
  if (offset < 0) throw new ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
  }
}

function validateOffsetLengthWrite(offset, length, byteLength) {
  if (offset > byteLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${byteLength - offset}`, length);
  }
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInt32(length, 'length', 0);
}

function validatePosition(position, name = 'position', length) {
  if (typeof position === 'number') {
    validateInteger(position, name, -1);
  } else if (typeof position === 'bigint') {
    const maxPosition = 2n ** 63n - 1n - BigInt(length || 0);
    if (!(position >= -1n && position <= maxPosition)) {
      throw new ERR_OUT_OF_RANGE(name, `>= -1 && <= ${maxPosition}`, position);
    }
  } else {
    throw new ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'], position);
  }
}

// ---- Stats ----

const kNsPerMs = 1000000n;

// The engine's own Date constructor: global Date is the local-time wrapper
// from internal/date (same prototype), whose argument handling costs more
// than the rest of a Stats; a time value needs none of it.
const EngineDate = primordials.Date;

function dateFromMs(ms) {
  return new EngineDate(Math.round(Number(ms)));
}

class StatsBase {
  isDirectory() { return this._checkModeProperty(S_IFDIR); }
  isFile() { return this._checkModeProperty(S_IFREG); }
  isBlockDevice() { return this._checkModeProperty(S_IFBLK); }
  isCharacterDevice() { return this._checkModeProperty(S_IFCHR); }
  isSymbolicLink() { return this._checkModeProperty(S_IFLNK); }
  isFIFO() { return this._checkModeProperty(S_IFIFO); }
  isSocket() { return this._checkModeProperty(S_IFSOCK); }
}

function StatsBaseCtor(self, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
  self.dev = dev;
  self.mode = mode;
  self.nlink = nlink;
  self.uid = uid;
  self.gid = gid;
  self.rdev = rdev;
  self.blksize = blksize;
  self.ino = ino;
  self.size = size;
  self.blocks = blocks;
}

// Fields are set in the constructor itself (not through StatsBaseCtor) and
// the dates built inline: one call per Stats instead of ten.
function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
               atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
  this.atime = new EngineDate(Math.round(+atimeMs));
  this.mtime = new EngineDate(Math.round(+mtimeMs));
  this.ctime = new EngineDate(Math.round(+ctimeMs));
  this.birthtime = new EngineDate(Math.round(+birthtimeMs));
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
Object.setPrototypeOf(Stats, StatsBase);
Object.defineProperty(Stats.prototype, 'isFile', {
  __proto__: null, writable: true, configurable: true, enumerable: false,
  value: StatsBase.prototype.isFile,
});
Object.defineProperty(Stats.prototype, '_checkModeProperty', {
  __proto__: null, writable: true, configurable: true, enumerable: false,
  value: function _checkModeProperty(property) {
    return (this.mode & S_IFMT) === property;
  },
});

function BigIntStats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
                     atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
  StatsBaseCtor(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeNs / kNsPerMs;
  this.mtimeMs = mtimeNs / kNsPerMs;
  this.ctimeMs = ctimeNs / kNsPerMs;
  this.birthtimeMs = birthtimeNs / kNsPerMs;
  this.atimeNs = atimeNs;
  this.mtimeNs = mtimeNs;
  this.ctimeNs = ctimeNs;
  this.birthtimeNs = birthtimeNs;
  this.atime = dateFromMs(this.atimeMs);
  this.mtime = dateFromMs(this.mtimeMs);
  this.ctime = dateFromMs(this.ctimeMs);
  this.birthtime = dateFromMs(this.birthtimeMs);
}
Object.setPrototypeOf(BigIntStats.prototype, StatsBase.prototype);
Object.setPrototypeOf(BigIntStats, StatsBase);
Object.defineProperty(BigIntStats.prototype, '_checkModeProperty', {
  __proto__: null, writable: true, configurable: true, enumerable: false,
  value: function _checkModeProperty(property) {
    return (this.mode & BigInt(S_IFMT)) === BigInt(property);
  },
});

// getStatsFromBinding builds Stats from the binding's 18-number array.
function getStatsFromBinding(a, bigint = false) {
  if (bigint) {
    const B = BigInt;
    const ns = (i) => B(a[i]) * 1000000000n + B(a[i + 1]);
    return new BigIntStats(B(a[0]), B(a[1]), B(a[2]), B(a[3]), B(a[4]), B(a[5]), B(a[6]),
                           B(a[7]), B(a[8]), B(a[9]), ns(10), ns(12), ns(14), ns(16));
  }
  // A literal over Stats.prototype: the same own properties in the same
  // order as new Stats(), and it is a Stats in every observable way, but
  // no fourteen-argument call and no setter lookup up the prototype chain
  // for each of its eighteen properties.
  const atimeMs = a[10] * 1e3 + a[11] / 1e6;
  const mtimeMs = a[12] * 1e3 + a[13] / 1e6;
  const ctimeMs = a[14] * 1e3 + a[15] / 1e6;
  const birthtimeMs = a[16] * 1e3 + a[17] / 1e6;
  return {
    __proto__: StatsPrototype,
    dev: a[0],
    mode: a[1],
    nlink: a[2],
    uid: a[3],
    gid: a[4],
    rdev: a[5],
    blksize: a[6],
    ino: a[7],
    size: a[8],
    blocks: a[9],
    atimeMs,
    mtimeMs,
    ctimeMs,
    birthtimeMs,
    atime: new EngineDate(MathRound(atimeMs)),
    mtime: new EngineDate(MathRound(mtimeMs)),
    ctime: new EngineDate(MathRound(ctimeMs)),
    birthtime: new EngineDate(MathRound(birthtimeMs)),
  };
}

const MathRound = Math.round;
const StatsPrototype = Stats.prototype;

// ---- Dirent ----

const kType = Symbol('type');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }
  isDirectory() { return this[kType] === constants.UV_DIRENT_DIR; }
  isFile() { return this[kType] === constants.UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === constants.UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === constants.UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === constants.UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === constants.UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === constants.UV_DIRENT_SOCKET; }
}

// encodeName applies a readdir/readlink encoding option to a name.
function encodeName(name, encoding) {
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return name;
  const b = Buffer.from(name);
  return encoding === 'buffer' ? b : b.toString(encoding);
}

// ---- rm / rmdir options ----

// validateRmOptionsSync(path, options) takes the path first as Node's
// internal does; the callers check the path's type themselves.
function validateRmOptionsSync(path, options) {
  const o = validateRmdirOptions(options, { force: false });
  validateBoolean(o.force, 'options.force');
  return o;
}

function validateRmdirOptions(options, extra) {
  if (options === undefined) options = {};
  validateObject(options, 'options');
  const o = { retryDelay: 100, maxRetries: 0, recursive: false, ...extra, ...options };
  validateBoolean(o.recursive, 'options.recursive');
  validateInt32(o.retryDelay, 'options.retryDelay', 0);
  validateUint32(o.maxRetries, 'options.maxRetries');
  return o;
}

function validateCpOptions(options) {
  if (options === undefined) options = {};
  validateObject(options, 'options');
  const o = {
    dereference: false, errorOnExist: false, filter: undefined, force: true,
    preserveTimestamps: false, recursive: false, verbatimSymlinks: false, mode: 0,
    ...options,
  };
  validateBoolean(o.dereference, 'options.dereference');
  validateBoolean(o.errorOnExist, 'options.errorOnExist');
  validateBoolean(o.force, 'options.force');
  validateBoolean(o.preserveTimestamps, 'options.preserveTimestamps');
  validateBoolean(o.recursive, 'options.recursive');
  validateBoolean(o.verbatimSymlinks, 'options.verbatimSymlinks');
  o.mode = getValidMode(o.mode, 'copyFile');
  if (o.filter !== undefined && typeof o.filter !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options.filter', 'Function', o.filter);
  }
  return o;
}

function getValidMode(mode, type) {
  const def = type === 'copyFile' ? 0 : constants.F_OK;
  if (mode == null) return def;
  if (typeof mode !== 'number') {
    const e = new TypeError('mode must be int32 or null/undefined');
    e.code = 'ERR_INVALID_ARG_TYPE';
    throw e;
  }
  if (!(mode >= 0 && mode <= 7)) {
    const e = new RangeError('mode is out of range: >= 0 && <= 7');
    e.code = 'ERR_OUT_OF_RANGE';
    throw e;
  }
  return mode | 0;
}

// mkdirOptions reads mkdir's mode-or-options argument as Node does.
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

module.exports = {
  mkdirOptions,
  emitRecursiveRmdirWarning,
  warnMkdtempTemplate,
  constants,
  stringToFlags,
  getValidatedPath,
  getValidatedFd,
  toPathIfFileURL,
  assertEncoding,
  getOptions,
  copyObject,
  toUnixTimestamp,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePosition,
  parseFileMode,
  Stats,
  BigIntStats,
  getStatsFromBinding,
  Dirent,
  encodeName,
  validateRmOptionsSync,
  validateRmdirOptions,
  validateCpOptions,
  getValidMode,
  kType,
};
