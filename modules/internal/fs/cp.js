'use strict';

// fs.cp / fs.cpSync / fsPromises.cp: recursive copying. The walk is one
// generator that yields binding operations; a synchronous and an
// asynchronous driver run it.

const binding = internalBinding('fs_ops');
const pathModule = require('path');
const {
  codes: {
    ERR_FS_EISDIR,
    ERR_FS_CP_EINVAL,
    ERR_FS_CP_EEXIST,
    ERR_FS_CP_DIR_TO_NON_DIR,
    ERR_FS_CP_NON_DIR_TO_DIR,
    ERR_FS_CP_FIFO_PIPE,
    ERR_FS_CP_SOCKET,
    ERR_FS_CP_UNKNOWN,
  },
} = require('internal/errors');
const {
  constants: { S_IFMT, S_IFDIR, S_IFREG, S_IFLNK, S_IFIFO, S_IFSOCK },
  getValidatedPath,
  validateCpOptions,
} = require('internal/fs/utils');

const kFilter = Symbol('filter');

function typeOf(st) {
  return st[1] & S_IFMT;
}

function info(message, path, code, errno) {
  return { message, path, syscall: 'cp', errno, code };
}

function isSubdir(src, dest) {
  const s = pathModule.resolve(src).split(pathModule.sep).filter(Boolean);
  const d = pathModule.resolve(dest).split(pathModule.sep).filter(Boolean);
  return s.every((part, i) => d[i] === part);
}

function* statOrNull(op, p) {
  try {
    return yield [op, p];
  } catch (e) {
    if (e.code === 'ENOENT') return null;
    throw e;
  }
}

function* cpTop(src, dest, opts) {
  const statOp = opts.dereference ? 'stat' : 'lstat';
  const srcStat = yield [statOp, src];
  if (typeOf(srcStat) === S_IFDIR && !opts.recursive) {
    throw new ERR_FS_EISDIR(info(`${src} is a directory (not copied)`, src, 'EISDIR', 22));
  }
  if (pathModule.resolve(src) === pathModule.resolve(dest)) {
    throw new ERR_FS_CP_EINVAL(info('src and dest cannot be the same', dest, 'EINVAL', 22));
  }
  const destStat = yield* statOrNull('stat', dest);
  if (destStat) {
    if (srcStat[0] === destStat[0] && srcStat[7] === destStat[7]) {
      throw new ERR_FS_CP_EINVAL(info('src and dest cannot be the same', dest, 'EINVAL', 22));
    }
    if (typeOf(srcStat) === S_IFDIR && typeOf(destStat) !== S_IFDIR) {
      throw new ERR_FS_CP_DIR_TO_NON_DIR(info(
        `cannot overwrite non-directory ${dest} with directory ${src}`, dest, 'EISDIR', 21));
    }
    if (typeOf(srcStat) !== S_IFDIR && typeOf(destStat) === S_IFDIR) {
      throw new ERR_FS_CP_NON_DIR_TO_DIR(info(
        `cannot overwrite directory ${dest} with non-directory ${src}`, dest, 'ENOTDIR', 20));
    }
  }
  if (typeOf(srcStat) === S_IFDIR && isSubdir(src, dest)) {
    throw new ERR_FS_CP_EINVAL(info(
      `cannot copy ${src} to a subdirectory of self ${dest}`, dest, 'EINVAL', 22));
  }
  if (opts.filter && !(yield [kFilter, src, dest])) return;
  const parent = pathModule.dirname(dest);
  if ((yield* statOrNull('stat', parent)) === null) {
    yield ['mkdir', parent, 0o777, true];
  }
  yield* cpEntry(srcStat, src, dest, destStat, opts);
}

function* cpEntry(srcStat, src, dest, destStat, opts) {
  const t = typeOf(srcStat);
  if (t === S_IFDIR) {
    if (!destStat) yield ['mkdir', dest, srcStat[1] & 0o7777, false];
    const [names] = yield ['scandir', src];
    for (const name of names) {
      const s = pathModule.join(src, name);
      const d = pathModule.join(dest, name);
      if (opts.filter && !(yield [kFilter, s, d])) continue;
      const st = yield [opts.dereference ? 'stat' : 'lstat', s];
      const dst = yield* statOrNull('lstat', d);
      yield* cpEntry(st, s, d, dst, opts);
    }
    if (!destStat) yield ['chmod', dest, srcStat[1] & 0o7777];
    return;
  }
  if (t === S_IFREG) {
    if (destStat) {
      if (opts.force) {
        yield ['unlink', dest];
      } else if (opts.errorOnExist) {
        throw new ERR_FS_CP_EEXIST(info(`${dest} already exists`, dest, 'EEXIST', 17));
      } else {
        return;
      }
    }
    yield ['copyFile', src, dest, opts.mode];
    if (opts.preserveTimestamps) {
      yield ['utime', dest, srcStat[10] + srcStat[11] / 1e9, srcStat[12] + srcStat[13] / 1e9];
    }
    return;
  }
  if (t === S_IFLNK) {
    let target = yield ['readlink', src];
    if (!opts.verbatimSymlinks && !pathModule.isAbsolute(target)) {
      target = pathModule.resolve(pathModule.dirname(src), target);
    }
    if (destStat) yield ['unlink', dest];
    yield ['symlink', target, dest];
    return;
  }
  if (t === S_IFIFO) throw new ERR_FS_CP_FIFO_PIPE(info(`cannot copy a FIFO pipe: ${dest}`, dest, 'EINVAL', 22));
  if (t === S_IFSOCK) throw new ERR_FS_CP_SOCKET(info(`cannot copy a socket file: ${dest}`, dest, 'EINVAL', 22));
  throw new ERR_FS_CP_UNKNOWN(info(`cannot copy an unknown file type: ${dest}`, dest, 'EINVAL', 22));
}

function prepare(src, dest, options) {
  const opts = validateCpOptions(options);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  return { src, dest, opts };
}

function cpSync(src, dest, options) {
  let opts;
  ({ src, dest, opts } = prepare(src, dest, options));
  const gen = cpTop(src, dest, opts);
  let step = gen.next();
  while (!step.done) {
    const [op, ...args] = step.value;
    let value;
    try {
      value = op === kFilter ? opts.filter(...args) : binding[op](...args);
    } catch (e) {
      step = gen.throw(e);
      continue;
    }
    step = gen.next(value);
  }
}

async function cpAsync(src, dest, options) {
  let opts;
  ({ src, dest, opts } = prepare(src, dest, options));
  const gen = cpTop(src, dest, opts);
  let step = gen.next();
  while (!step.done) {
    const [op, ...args] = step.value;
    let value;
    try {
      value = op === kFilter ? await opts.filter(...args) : await new Promise((resolve, reject) => {
        binding[op](...args, (err, r) => (err ? reject(err) : resolve(r)));
      });
    } catch (e) {
      step = gen.throw(e);
      continue;
    }
    step = gen.next(value);
  }
}

module.exports = { cpSync, cpAsync };
