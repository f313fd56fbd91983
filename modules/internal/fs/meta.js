'use strict';

// fs: the stat family, statfs, watchers, openAsBlob, access and exists.

const binding = internalBinding('fs_ops');
const {
  codes: {
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const {
  validateObject,
} = require('internal/validators');
const {
  constants,
  getValidatedPath,
  getValidatedFd,
  getStatsFromBinding,
  getValidMode,
} = require('internal/fs/utils');
const { F_OK } = constants;
const { maybeCallback, done } = require('internal/fs/common');
const { open, readFileSync } = require('internal/fs/io');

// ---- stat family ----

// The defaults, shared: the options object is only read, never handed on,
// so the sync stat calls need not build one per call.
const kStatSyncDefaults = Object.freeze({ __proto__: null, bigint: false, throwIfNoEntry: true });
const kStatDefaults = Object.freeze({ __proto__: null, bigint: false });

// The sync stat calls have the binding fill this one array (read at once
// into a Stats, before any other stat can run); the async ones get a new
// array each.
const statValues = new Float64Array(18);

function statOptions(options) {
  if (options === undefined || options === null || typeof options !== 'object') return kStatDefaults;
  return options;
}

function hasNoEntryError(e) {
  return e && e.code === 'ENOENT';
}

function statSync(path, options = kStatSyncDefaults) {
  if (options !== kStatSyncDefaults) options = statOptions(options);
  // A string without NUL is valid as it is.
  if (typeof path !== 'string' || path.includes('\u0000')) path = getValidatedPath(path);
  try {
    return getStatsFromBinding(binding.stat(path, undefined, statValues), options.bigint);
  } catch (e) {
    if (options.throwIfNoEntry === false && hasNoEntryError(e)) return undefined;
    throw e;
  }
}

function lstatSync(path, options = kStatSyncDefaults) {
  options = statOptions(options);
  path = getValidatedPath(path);
  try {
    return getStatsFromBinding(binding.lstat(path, undefined, statValues), options.bigint);
  } catch (e) {
    if (options.throwIfNoEntry === false && hasNoEntryError(e)) return undefined;
    throw e;
  }
}

function fstatSync(fd, options = kStatDefaults) {
  options = statOptions(options);
  fd = getValidatedFd(fd);
  return getStatsFromBinding(binding.fstat(fd, undefined, statValues), options.bigint);
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
    return new Promise((resolve) => require('fs').exists(path, resolve));
  },
});

module.exports = {
  statSync,
  lstatSync,
  fstatSync,
  stat,
  lstat,
  fstat,
  statfsSync,
  statfs,
  watch,
  watchFile,
  unwatchFile,
  openAsBlob,
  accessSync,
  access,
  existsSync,
  exists,
};
