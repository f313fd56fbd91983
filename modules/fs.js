'use strict';

// fs: the public module. The synchronous and callback API lives in
// internal/fs/io (descriptors, whole files), internal/fs/meta (stat,
// access, watchers) and internal/fs/ops (directories, links, modes, ...),
// over the host 'fs_ops' binding; this file assembles Node's exports.

const {
  constants,
  toUnixTimestamp,
  Stats,
  Dirent,
} = require('internal/fs/utils');
const { F_OK } = constants;
const { maybeCallback } = require('internal/fs/common');
const {
  openSync, open, closeSync, close, readSync, read, writeSync, write, writevSync, writev,
  readvSync, readv, readFileSync, readFile, writeFileSync, writeFile, appendFileSync, appendFile,
} = require('internal/fs/io');
const {
  statSync, lstatSync, fstatSync, stat, lstat, fstat, statfsSync, statfs, watch, watchFile,
  unwatchFile, openAsBlob, accessSync, access, existsSync, exists,
} = require('internal/fs/meta');
const {
  mkdirSync, mkdir, mkdtempSync, mkdtemp, readdirSync, readdir, rmdirSync, rmdir, rmSync, rm,
  unlinkSync, unlink, renameSync, rename, linkSync, link, symlinkSync, symlink, readlinkSync,
  readlink, realpathSync, realpath, copyFileSync, copyFile, truncateSync, truncate, ftruncateSync,
  ftruncate, chmodSync, chmod, fchmodSync, fchmod, chownSync, chown, lchownSync, lchown,
  fchownSync, fchown, utimesSync, utimes, lutimesSync, lutimes, futimesSync, futimes, fsyncSync,
  fsync, fdatasyncSync, fdatasync,
} = require('internal/fs/ops');

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
