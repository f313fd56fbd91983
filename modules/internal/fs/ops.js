'use strict';

// fs: directories, links, renames, copies, truncation, modes, owners,
// times and sync, synchronous and callback forms.

const binding = internalBinding('fs_ops');
const pathModule = require('path');
const {
  codes: {
    ERR_FS_EISDIR,
  },
} = require('internal/errors');
const {
  validateInteger,
  validateBoolean,
} = require('internal/validators');
const {
  constants,
  getValidatedPath,
  getValidatedFd,
  getOptions,
  toUnixTimestamp,
  parseFileMode,
  Dirent,
  encodeName,
  validateRmOptionsSync,
  validateRmdirOptions,
  getValidMode,
  emitRecursiveRmdirWarning,
  warnMkdtempTemplate,
  mkdirOptions,
} = require('internal/fs/utils');
const { maybeCallback, done } = require('internal/fs/common');
const { openSync, closeSync, isFd } = require('internal/fs/io');
const { lstat } = require('internal/fs/meta');

// ---- directories ----

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
  warnMkdtempTemplate(prefix);
  return encodeName(binding.mkdtemp(prefix), options.encoding);
}

function mkdtemp(prefix, options, callback) {
  callback = maybeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  warnMkdtempTemplate(prefix);
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

function isDirMode(mode) {
  return (mode & constants.S_IFMT) === constants.S_IFDIR;
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  const opts = validateRmdirOptions(options);
  if (opts.recursive) {
    emitRecursiveRmdirWarning();
    // A file is not a directory: rmdir names it ENOTDIR, as Node's does.
    if (!isDirMode(binding.lstat(path)[1])) return binding.rmdir(path);
    // As Node's: the entries go first, then the emptied directory through
    // the public fs.rmdirSync (without the recursive option).
    const sep = path.endsWith('/') ? '' : '/';
    for (const name of binding.readdir(path, false)) binding.rmAll(path + sep + name);
    return require('fs').rmdirSync(path);
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
    emitRecursiveRmdirWarning();
    return binding.lstat(path, (err, st) => {
      if (err) return callback(err);
      if (!isDirMode(st[1])) return binding.rmdir(path, done(callback));
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
  options = validateRmOptionsSync(path, options);
  let st;
  try {
    st = binding.lstat(path);
  } catch (e) {
    if (options.force && e.code === 'ENOENT') return;
    throw e;
  }
  const isDir = isDirMode(st[1]);
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
  options = validateRmOptionsSync(path, options);
  binding.lstat(path, (err, st) => {
    if (err) {
      if (options.force && err.code === 'ENOENT') return callback(null);
      return callback(err);
    }
    const isDir = isDirMode(st[1]);
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

module.exports = {
  mkdirSync,
  mkdir,
  mkdtempSync,
  mkdtemp,
  readdirSync,
  readdir,
  rmdirSync,
  rmdir,
  rmSync,
  rm,
  unlinkSync,
  unlink,
  renameSync,
  rename,
  linkSync,
  link,
  symlinkSync,
  symlink,
  readlinkSync,
  readlink,
  realpathSync,
  realpath,
  copyFileSync,
  copyFile,
  truncateSync,
  truncate,
  ftruncateSync,
  ftruncate,
  chmodSync,
  chmod,
  fchmodSync,
  fchmod,
  chownSync,
  chown,
  lchownSync,
  lchown,
  fchownSync,
  fchown,
  utimesSync,
  utimes,
  lutimesSync,
  lutimes,
  futimesSync,
  futimes,
  fsyncSync,
  fsync,
  fdatasyncSync,
  fdatasync,
};
