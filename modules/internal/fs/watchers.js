'use strict';

// fs.watch (FSWatcher over the host 'fs_watch' binding, inotify-backed),
// fs.watchFile / fs.unwatchFile (StatWatcher: stat polling in JS) and
// fs.promises.watch.

const EventEmitter = require('events');
const pathModule = require('path');
const { Buffer } = require('buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
  AbortError,
} = require('internal/errors');
const {
  validateBoolean,
  validateFunction,
  validateObject,
  validateAbortSignal,
} = require('internal/validators');
const {
  getValidatedPath,
  getOptions,
  getStatsFromBinding,
} = require('internal/fs/utils');

let watchBinding;
function lazyBinding() {
  if (watchBinding === undefined) watchBinding = internalBinding('fs_watch');
  return watchBinding;
}

// A started watch: the numeric id the binding handed out.
class FSEventHandle {
  constructor(onchange) {
    this.id = 0;
    this.onchange = onchange;
  }

  start(path, recursive) {
    this.id = lazyBinding().start(path, recursive, (type, arg) => this.onchange(type, arg));
  }

  close() {
    if (this.id !== 0) lazyBinding().close(this.id);
    this.id = 0;
  }

  ref() {
    if (this.id !== 0) lazyBinding().ref(this.id);
  }

  unref() {
    if (this.id !== 0) lazyBinding().unref(this.id);
  }
}

// Rebuilds a 'watch' system error so its keys read as Node's do
// (errno, syscall, code, path, filename).
function watchError(err, filename) {
  if (err == null || typeof err !== 'object' || err.syscall !== 'watch') return err;
  const { code, path } = err;
  delete err.code;
  delete err.path;
  err.code = code;
  err.path = path === undefined ? filename : path;
  err.filename = filename;
  return err;
}

function encodeFilename(name, encoding) {
  if (name == null || encoding === undefined || encoding === null) return name;
  if (encoding === 'buffer') return Buffer.from(name);
  if (encoding === 'utf8' || encoding === 'utf-8') return name;
  return Buffer.from(name).toString(encoding);
}

function validateEncodingOption(encoding) {
  if (encoding === undefined || encoding === null || encoding === 'buffer') return;
  if (!Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
}

const kFSWatchStart = Symbol('kFSWatchStart');
const kRecursive = Symbol('kRecursive');
const kBigint = Symbol('kBigint');

function emitCloseNT(self) {
  self.emit('close');
}

class FSWatcher extends EventEmitter {
  constructor() {
    super();
    this._handle = null;
  }

  [kFSWatchStart](filename, persistent, recursive, encoding) {
    const path = getValidatedPath(filename);
    validateBoolean(recursive, 'options.recursive');
    validateEncodingOption(encoding);
    const handle = new FSEventHandle((type, arg) => {
      if (this._handle !== handle) return;
      if (type === 'error') {
        handle.close();
        this._handle = null;
        this.emit('error', watchError(arg, path));
        return;
      }
      this.emit('change', type, encodeFilename(arg, encoding));
    });
    try {
      handle.start(path, recursive);
    } catch (err) {
      throw watchError(err, path);
    }
    this._handle = handle;
    this[kRecursive] = recursive;
    if (!persistent) handle.unref();
  }

  close() {
    if (this._handle === null) return;
    this._handle.close();
    this._handle = null;
    // Node 20's recursive watcher on Linux reports 'close' at once.
    if (this[kRecursive]) this.emit('close');
    else process.nextTick(emitCloseNT, this);
  }

  ref() {
    if (this._handle !== null) this._handle.ref();
    return this;
  }

  unref() {
    if (this._handle !== null) this._handle.unref();
    return this;
  }
}

function watch(filename, options, listener) {
  if (typeof options === 'function') {
    listener = options;
  }
  options = { ...getOptions(options) };
  if (options.persistent === undefined) options.persistent = true;
  if (options.recursive === undefined) options.recursive = false;

  const watcher = new FSWatcher();
  watcher[kFSWatchStart](filename, options.persistent, options.recursive, options.encoding);

  if (listener) {
    validateFunction(listener, 'listener');
    watcher.addListener('change', listener);
  }
  const signal = options.signal;
  if (signal) {
    if (signal.aborted) {
      process.nextTick(() => watcher.close());
    } else {
      const onAbort = () => watcher.close();
      signal.addEventListener('abort', onAbort, { once: true });
      watcher.once('close', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return watcher;
}

// ---- watchFile / unwatchFile ----

const kEmptyStatValues = new Float64Array(18);

// sameStat compares what libuv's fs_poll compares: times (to the
// nanosecond), size, mode, owner, inode and device.
function sameStat(a, b) {
  for (const i of [0, 1, 3, 4, 7, 8, 12, 13, 14, 15, 16, 17]) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

class StatWatcher extends EventEmitter {
  constructor(bigint) {
    super();
    this._handle = null;
    this[kBigint] = bigint;
  }

  start(filename, persistent, interval) {
    if (this._handle !== null) return;
    const path = getValidatedPath(filename, 'filename');
    const fsb = internalBinding('fs_ops');
    const state = {
      prev: null, // last stat values (Float64Array) or null before the first poll
      lastErr: 0, // code of the last failure reported, 0 after a success
      timer: null,
      ref: !!persistent,
      closed: false,
    };
    this._handle = state;
    const emitChange = (cur, prev) => {
      this.emit('change', getStatsFromBinding(cur, this[kBigint]), getStatsFromBinding(prev, this[kBigint]));
    };
    const schedule = () => {
      if (state.closed) return;
      state.timer = setTimeout(poll, interval);
      if (!state.ref) state.timer.unref();
    };
    const poll = () => {
      state.timer = null;
      if (state.closed) return;
      fsb.stat(path, (err, values) => {
        if (state.closed) return;
        if (err) {
          const code = err.errno || -1;
          if (state.lastErr !== code) {
            const prev = state.prev || kEmptyStatValues;
            state.prev = kEmptyStatValues;
            state.lastErr = code;
            emitChange(kEmptyStatValues, prev);
          }
        } else {
          const values2 = Float64Array.from(values);
          const first = state.prev === null;
          const prev = state.prev;
          state.prev = values2;
          const wasErr = state.lastErr !== 0;
          state.lastErr = 0;
          if (!first && (wasErr || !sameStat(prev, values2))) emitChange(values2, prev);
        }
        schedule();
      });
    };
    // The first stat runs at once, as libuv's fs_poll does.
    poll();
  }

  stop() {
    const state = this._handle;
    if (state === null) return;
    state.closed = true;
    if (state.timer !== null) clearTimeout(state.timer);
    state.timer = null;
    this._handle = null;
    process.nextTick(() => this.emit('stop'));
  }

  ref() {
    const state = this._handle;
    if (state !== null && !state.ref) {
      state.ref = true;
      if (state.timer !== null) state.timer.ref();
    }
    return this;
  }

  unref() {
    const state = this._handle;
    if (state !== null && state.ref) {
      state.ref = false;
      if (state.timer !== null) state.timer.unref();
    }
    return this;
  }
}

const statWatchers = new Map();

function watchFile(filename, options, listener) {
  filename = getValidatedPath(filename);
  filename = pathModule.resolve(filename);
  let stat;
  if (options === null || typeof options !== 'object') {
    listener = options;
    options = null;
  }
  options = {
    interval: 5007,
    persistent: true,
    ...options,
  };
  validateFunction(listener, 'listener');

  stat = statWatchers.get(filename);
  if (stat === undefined) {
    stat = new StatWatcher(options.bigint);
    stat.start(filename, options.persistent, options.interval);
    statWatchers.set(filename, stat);
  } else {
    stat[kMarkRef](options.persistent);
  }
  stat.addListener('change', listener);
  return stat;
}

const kMarkRef = Symbol('kMarkRef');
StatWatcher.prototype[kMarkRef] = function(persistent) {
  if (persistent) this.ref();
};

function unwatchFile(filename, listener) {
  filename = getValidatedPath(filename);
  filename = pathModule.resolve(filename);
  const stat = statWatchers.get(filename);
  if (stat === undefined) return;
  if (typeof listener === 'function') {
    stat.removeListener('change', listener);
  } else {
    stat.removeAllListeners('change');
  }
  if (stat.listenerCount('change') === 0) {
    stat.stop();
    statWatchers.delete(filename);
  }
}

// ---- fs.promises.watch ----

async function* promisesWatch(filename, options = {}) {
  const path = getValidatedPath(filename);
  validateObject(options, 'options');
  const {
    persistent = true,
    recursive = false,
    encoding = 'utf8',
    signal,
  } = options;
  validateBoolean(persistent, 'options.persistent');
  validateBoolean(recursive, 'options.recursive');
  validateAbortSignal(signal, 'options.signal');
  if (encoding && !Buffer.isEncoding(encoding)) {
    // Node 20 reports the value and the name the other way round.
    throw new ERR_INVALID_ARG_VALUE(encoding, 'encoding', 'is invalid encoding');
  }
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });

  const queue = [];
  let failure = null;
  let wake = null;
  const notify = () => {
    if (wake !== null) {
      const w = wake;
      wake = null;
      w();
    }
  };
  const handle = new FSEventHandle((type, arg) => {
    if (type === 'error') {
      failure = watchError(arg, path);
      handle.close();
    } else {
      queue.push({ eventType: type, filename: encodeFilename(arg, encoding) });
    }
    notify();
  });
  const onAbort = () => {
    handle.close();
    failure = new AbortError(undefined, { cause: signal.reason });
    notify();
  };
  try {
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      handle.start(path, recursive);
    } catch (err) {
      throw watchError(err, path);
    }
    if (!persistent) handle.unref();
    for (;;) {
      if (failure !== null) throw failure;
      if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
      if (queue.length > 0) {
        yield queue.shift();
        continue;
      }
      await new Promise((resolve) => { wake = resolve; });
    }
  } finally {
    handle.close();
    signal?.removeEventListener('abort', onAbort);
  }
}

// ---- statfs ----

class StatFs {
  constructor(type, bsize, blocks, bfree, bavail, files, ffree) {
    this.type = type;
    this.bsize = bsize;
    this.blocks = blocks;
    this.bfree = bfree;
    this.bavail = bavail;
    this.files = files;
    this.ffree = ffree;
  }
}

function getStatFsFromBinding(values, bigint) {
  const v = bigint ? Array.from(values, (n) => BigInt(n)) : values;
  return new StatFs(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
}

function statfsBinding() {
  return lazyBinding();
}

module.exports = {
  FSWatcher,
  StatWatcher,
  StatFs,
  watch,
  watchFile,
  unwatchFile,
  promisesWatch,
  getStatFsFromBinding,
  statfsBinding,
};
