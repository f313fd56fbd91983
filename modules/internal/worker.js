'use strict';
// The Worker class (the parent's side of a worker thread) and the
// per-isolate thread state worker_threads exposes. A worker is an isolate
// of its own, started by the 'worker' binding; the parent talks to it
// through one MessageChannel whose parent end forwards to the Worker's
// 'message' events. The worker's stdout and stderr arrive as chunks that
// become worker.stdout / worker.stderr, piped to the parent's own streams
// unless the stdout / stderr options ask for them.

const EventEmitter = require('events');
const path = require('path');
const binding = internalBinding('worker');
const messaging = internalBinding('messaging');
const io = require('internal/worker/io');
const { serialize, deserialize } = require('internal/worker/serialize');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_WORKER_PATH, ERR_WORKER_INVALID_EXEC_ARGV,
    ERR_WORKER_OUT_OF_MEMORY, ERR_WORKER_UNSUPPORTED_OPERATION,
  },
} = require('internal/errors');
const { notImplemented } = require('internal/not_implemented');

const SHARE_ENV = Symbol.for('nodejs.worker_threads.SHARE_ENV');
const isMainThread = binding.isMainThread;
const threadId = binding.threadId;

const kId = Symbol('kId');
const kPort = Symbol('kPort');
const kExited = Symbol('kExited');
const kOOM = Symbol('kOOM');
const kLimits = Symbol('kLimits');
const kTerminating = Symbol('kTerminating');

const limitNames = ['maxYoungGenerationSizeMb', 'maxOldGenerationSizeMb', 'codeRangeSizeMb', 'stackSizeMb'];

// ---- this thread's state ----

const defaultLimits = {
  maxYoungGenerationSizeMb: 48, maxOldGenerationSizeMb: 2048, codeRangeSizeMb: 0, stackSizeMb: 4,
};


let environmentData = new Map();
let workerData = null;
let parentPort = null;
let resourceLimits = {};
if (!isMainThread) {
  const ports = (binding.workerDataPorts ?? []).map((id) => (id < 0 ? null : io.wrapPort(id)));
  workerData = deserialize(binding.workerData, ports, [], binding.workerDataSabs);
  environmentData = deserialize(binding.environmentData, [], [], binding.environmentDataSabs);
  parentPort = io.wrapPort(binding.parentPort);
  resourceLimits = {};
  binding.resourceLimits.forEach((v, i) => { resourceLimits[limitNames[i]] = v || defaultLimits[limitNames[i]]; });
}

function getEnvironmentData(key) { return environmentData.get(key); }

function setEnvironmentData(key, value) {
  if (value === undefined) environmentData.delete(key);
  else environmentData.set(key, value);
}

// ---- the parent side ----

const workers = new Map(); // worker id -> Worker

binding.setHandler((id, kind, value) => {
  const w = workers.get(id);
  if (w === undefined) return;
  switch (kind) {
    case 'online': w.emit('online'); break;
    case 'stdout': output(w, 'stdout', value); break;
    case 'stderr': output(w, 'stderr', value); break;
    case 'error': {
      let err;
      try { err = deserialize(value, []); } catch (e) { err = e; }
      w.emit('error', err);
      break;
    }
    case 'oom': w[kOOM] = true; break;
    case 'exit': onExit(w, id, value); break;
  }
});

// output is a chunk of the worker's stdout or stderr: data on
// worker.stdout / worker.stderr (which flow into the parent's own streams
// unless the options asked for them).
function output(w, kind, ab) {
  w[kind].push(Buffer.from(ab));
}

function onExit(w, id, code) {
  workers.delete(id);
  w[kExited] = true;
  w[kPort].close();
  w.stdout?.push(null);
  w.stderr?.push(null);
  w[kLimits] = {};
  if (w[kOOM]) {
    w.emit('error', new ERR_WORKER_OUT_OF_MEMORY('JS heap out of memory'));
    code = 1;
  }
  w.emit('exit', code);
}

// Flags a worker's execArgv (and NODE_OPTIONS) may hold: Node's
// per-isolate and per-environment options, not per-process ones.
const allowedFlags = new Set([
  '--no-warnings', '--expose-gc', '--expose_gc', '--trace-warnings', '--pending-deprecation',
  '--no-deprecation', '--throw-deprecation', '--trace-deprecation', '--unhandled-rejections',
  '--conditions', '-C', '--input-type', '--require', '-r', '--import', '--loader',
  '--stack-trace-limit', '--max-old-space-size', '--stack-size', '--enable-source-maps',
  '--preserve-symlinks', '--preserve-symlinks-main', '--trace-uncaught', '--abort-on-uncaught-exception',
  '--permission', '--allow-fs-read', '--allow-fs-write', '--allow-child-process', '--allow-worker',
  '--no-addons', '--no-global-search-paths', '--frozen-intrinsics', '--disallow-code-generation-from-strings',
  '--trace-exit', '--trace-sync-io', '--warnings', '--deprecation', '--force-context-aware',
]);

function invalidFlags(list) {
  return list.filter((a) => {
    if (!a.startsWith('-')) return false;
    const name = a.split('=')[0];
    return !(allowedFlags.has(name) || name.startsWith('--experimental-') ||
      name.startsWith('--no-experimental-') || name.startsWith('--harmony'));
  });
}

function resolveMain(filename, isEval) {
  if (isEval) {
    if (typeof filename !== 'string') {
      throw new ERR_INVALID_ARG_VALUE('options.eval', true, 'must be false when \'filename\' is not a string');
    }
    return filename;
  }
  const { URL, fileURLToPath } = require('internal/url');
  if (filename instanceof URL || (filename !== null && typeof filename === 'object' && typeof filename.href === 'string')) {
    const url = filename instanceof URL ? filename : new URL(filename.href);
    if (url.protocol === 'data:') throw notImplemented('new Worker(data: URL)');
    if (url.protocol !== 'file:') {
      const { codes: { ERR_INVALID_URL_SCHEME } } = require('internal/errors');
      throw new ERR_INVALID_URL_SCHEME(['file', 'data']);
    }
    return fileURLToPath(url);
  }
  if (typeof filename !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('filename', ['string', 'URL'], filename);
  }
  if (!path.isAbsolute(filename) && !/^\.\.?[\\/]/.test(filename)) {
    throw new ERR_WORKER_PATH(filename);
  }
  return path.resolve(filename);
}


// The errors of a thread that could not be started.
const initFailures = new Set(['EMFILE', 'ENFILE', 'ERR_WORKER_INIT_FAILED']);
class Worker extends EventEmitter {
  constructor(filename, options = {}) {
    super();
    if (options === null || typeof options !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const main = resolveMain(filename, !!options.eval);
    let argv = [];
    if (options.argv !== undefined) {
      if (!Array.isArray(options.argv)) throw new ERR_INVALID_ARG_TYPE('options.argv', 'Array', options.argv);
      argv = options.argv.map(String);
    }
    let execArgv = null;
    if (options.execArgv !== undefined) {
      if (!Array.isArray(options.execArgv)) {
        throw new ERR_INVALID_ARG_TYPE('options.execArgv', 'Array', options.execArgv);
      }
      execArgv = options.execArgv.map(String);
      const bad = invalidFlags(execArgv);
      if (bad.length) throw new ERR_WORKER_INVALID_EXEC_ARGV(bad);
    } else {
      execArgv = process.execArgv.slice();
    }
    let env;
    const shareEnv = options.env === SHARE_ENV;
    if (shareEnv) {
      env = process.env;
    } else if (options.env !== undefined && options.env !== null) {
      if (typeof options.env !== 'object') {
        throw new ERR_INVALID_ARG_TYPE('options.env',
          ['object', 'undefined', 'null', 'worker_threads.SHARE_ENV'], options.env);
      }
      env = options.env;
    } else {
      env = process.env;
    }
    const envList = Object.keys(env).map((k) => `${k}=${env[k]}`);
    if (typeof env.NODE_OPTIONS === 'string') {
      const bad = invalidFlags(env.NODE_OPTIONS.split(/\s+/).filter(Boolean));
      if (bad.length) throw new ERR_WORKER_INVALID_EXEC_ARGV(bad, 'invalid NODE_OPTIONS env variable');
    }
    const limits = [0, 0, 0, 0];
    const limitsObj = {};
    if (options.resourceLimits !== undefined) {
      if (options.resourceLimits === null || typeof options.resourceLimits !== 'object') {
        throw new ERR_INVALID_ARG_TYPE('options.resourceLimits', 'object', options.resourceLimits);
      }
      limitNames.forEach((name, i) => {
        const v = options.resourceLimits[name];
        if (typeof v === 'number' && v > 0) { limits[i] = v; limitsObj[name] = v; }
      });
    }
    if (options.name !== undefined && typeof options.name !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.name', 'string', options.name);
    }
    let transferList = options.transferList;
    if (transferList !== undefined && !Array.isArray(transferList)) {
      throw new ERR_INVALID_ARG_TYPE('options.transferList', 'Array', transferList);
    }
    const wd = serialize(options.workerData, transferList ?? [], null);
    const envData = serialize(environmentData, [], null);
    let ids;
    try {
      ids = binding.create(main, !!options.eval, argv, envList, execArgv, [wd.data, envData.data,
        limits, options.name ?? '', !!options.stdin, wd.ports.map((p) => p[io.kId]), wd.sabs, envData.sabs,
        shareEnv]);
    } catch (err) {
      // A thread that cannot be started (no descriptor, no room for more
      // workers) is reported as Node reports it: 'error', then 'exit'.
      if (err === null || typeof err !== 'object' || !initFailures.has(err.code)) throw err;
      this[kId] = -1;
      this[kExited] = true;
      this[kOOM] = false;
      this[kTerminating] = null;
      this[kLimits] = {};
      this.threadId = -1;
      const { Readable } = require('stream');
      this.stdout = new Readable({ read() {} });
      this.stderr = new Readable({ read() {} });
      this.stdout.push(null);
      this.stderr.push(null);
      this.stdin = null;
      process.nextTick(() => {
        this.emit('error', err);
        this.emit('exit', 1);
      });
      return;
    }
    // SHARE_ENV: this thread's process.env now lives where the worker's does.
    if (shareEnv) require('internal/process/object').shareEnv();
    wd.ports.forEach(io.detach);
    const [id, portId, tid] = ids;
    this[kId] = id;
    this[kExited] = false;
    this[kOOM] = false;
    this[kTerminating] = null;
    const full = {};
    limitNames.forEach((name, i) => { full[name] = limits[i] || defaultLimits[name]; });
    this[kLimits] = full;
    this.threadId = tid;
    const port = io.wrapPort(portId);
    port[io.kOnMessage] = (data) => this.emit('message', data);
    port.on('messageerror', (err) => this.emit('messageerror', err));
    port.unref();
    messaging.start(portId);
    this[kPort] = port;
    workers.set(id, this);
    const { Readable, Writable } = require('stream');
    this.stdout = new Readable({ read() {} });
    this.stderr = new Readable({ read() {} });
    // Piped by hand, not with pipe(): a listener per worker on the
    // parent's streams would warn past ten workers.
    if (!options.stdout) this.stdout.on('data', (chunk) => process.stdout.write(chunk));
    if (!options.stderr) this.stderr.on('data', (chunk) => process.stderr.write(chunk));
    this.stdin = null;
    if (options.stdin) {
      const self = this;
      this.stdin = new Writable({
        write(chunk, enc, cb) {
          if (!self[kExited]) binding.stdinWrite(id, chunk);
          cb();
        },
        final(cb) {
          if (!self[kExited]) binding.stdinEnd(id);
          cb();
        },
      });
    }
    process.nextTick(() => process.emit('worker', this));
  }

  postMessage(value, transfer) {
    if (this[kExited]) return;
    this[kPort].postMessage(value, transfer);
  }

  terminate(callback) {
    if (typeof callback === 'function') {
      process.emitWarning('Passing a callback to worker.terminate() is deprecated. ' +
        'It returns a Promise instead.', 'DeprecationWarning', 'DEP0132');
      this.once('exit', (code) => callback(null, code));
    }
    if (this[kExited]) return Promise.resolve();
    if (this[kTerminating] === null) {
      this[kTerminating] = new Promise((resolve) => this.once('exit', resolve));
      binding.terminate(this[kId]);
    }
    return this[kTerminating];
  }

  ref() {
    if (!this[kExited]) binding.setRef(this[kId], true);
  }

  unref() {
    if (!this[kExited]) binding.setRef(this[kId], false);
  }

  get resourceLimits() { return this[kLimits]; }

  getHeapSnapshot(options) {
    if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options))) {
      throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    if (this[kExited]) {
      const { codes: { ERR_WORKER_NOT_RUNNING } } = require('internal/errors');
      return Promise.reject(new ERR_WORKER_NOT_RUNNING());
    }
    return Promise.reject(notImplemented('worker.getHeapSnapshot'));
  }

  get performance() {
    return { eventLoopUtilization() { throw notImplemented('worker.performance.eventLoopUtilization'); } };
  }
}

// setupWorkerProcess makes `process` a worker thread's: what acts on the
// whole process (chdir, umask, setuid, abort, IPC) is the main thread's
// only, and the title and debug port cannot be changed from here.
function setupWorkerProcess() {
  const disabled = (name) => {
    const fn = function() { throw new ERR_WORKER_UNSUPPORTED_OPERATION(`process.${name}()`); };
    fn.disabled = true;
    return fn;
  };
  for (const name of ['abort', 'chdir', 'send', 'disconnect', 'setuid', 'seteuid', 'setgid',
    'setegid', 'setgroups', 'initgroups']) {
    Object.defineProperty(process, name, { value: disabled(name), writable: true, configurable: true, enumerable: true });
  }
  for (const name of ['channel', 'connected']) {
    Object.defineProperty(process, name, {
      get() { throw new ERR_WORKER_UNSUPPORTED_OPERATION(`process.${name}`); },
      configurable: true, enumerable: true,
    });
  }
  const umask = process.umask;
  process.umask = function(mask) {
    if (mask !== undefined) throw new ERR_WORKER_UNSUPPORTED_OPERATION('Setting process.umask()');
    return umask.call(process);
  };
  for (const name of ['title', 'debugPort']) {
    const value = process[name];
    Object.defineProperty(process, name, { get() { return value; }, set() {}, configurable: true, enumerable: true });
  }
  for (const name of ['_startProfilerIdleNotifier', '_stopProfilerIdleNotifier', '_debugProcess',
    '_debugPause', '_debugEnd']) {
    delete process[name];
  }
}

module.exports = {
  Worker, SHARE_ENV, isMainThread, threadId, parentPort, workerData, resourceLimits,
  getEnvironmentData, setEnvironmentData, setupWorkerProcess,
};
