'use strict';
// The process object: an EventEmitter with Node's properties, over the
// host's 'process' binding.

// validateExitCode is Node's check of process.exitCode and exit(code): an
// integer, or a string of one.
function validateExitCode(code) {
  if (code === null || code === undefined) return;
  if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) return;
  require('internal/validators').validateInteger(code, 'code');
}

// createProcess makes the process object with nothing of the process in
// it (it runs in the bootstrap's snapshot-safe phase); setupProcess then
// fills in argv, env, ids and what follows from them (the per-process
// phase). Properties are created in Node's order by the first, and only
// assigned by the second.
function createProcess(pb) {
  const EventEmitter = require('events');
  // As Node's: process is an instance of its constructor (named process),
  // whose prototype inherits from EventEmitter's.
  const ProcessCtor = function process() {};
  const proto = Object.create(EventEmitter.prototype, {
    constructor: { value: ProcessCtor, writable: true, configurable: true },
    [Symbol.toStringTag]: { value: 'process', configurable: true },
  });
  Object.defineProperty(ProcessCtor, 'prototype', { value: proto, writable: false });
  const process = Object.create(proto);
  EventEmitter.call(process);

  const versions = {
    node: pb.version.slice(1),
    wqnode: pb.wqnodeVersion,
    quickjs: 'quickjs-ng',
    modules: '115',
    uv: '1.46.0',
    // The OpenSSL line Node 20 ships: crypto (hashes, hmac, ciphers, kdfs)
    // is there, over Go's implementations.
    openssl: '3.0.19',
  };

  const ro = (name, value) => Object.defineProperty(process, name, { value, enumerable: true, configurable: true, writable: false });
  process.title = 'node';
  process.version = pb.version;
  process.domain = null; // the domain module makes it an accessor
  process.versions = versions;
  process.arch = pb.arch;
  process.platform = pb.platform;
  process.release = { name: 'node', lts: 'Iron', sourceUrl: '', headersUrl: '' };
  process.argv = undefined; // setupProcess
  process.execArgv = undefined;
  process.execPath = undefined;
  process.argv0 = 'node';
  process.pid = undefined;
  process.ppid = undefined;
  process.env = undefined;
  process.exitCode = undefined;
  process._exiting = false;
  process.config = { target_defaults: {}, variables: { node_shared: false, host_arch: pb.arch } };
  // As node 20's, where wqnode has the feature (no inspector, no OCSP
  // stapling).
  process.features = {
    inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: true, tls_sni: true, tls_ocsp: false, tls: true,
    get cached_builtins() { return true; },
    get require_module() { return true; },
  };
  process.debugPort = 9229;
  process.allowedNodeEnvironmentFlags = new Set();
  process.noDeprecation = false; // setupProcess
  process.throwDeprecation = false;
  process.traceDeprecation = false;
  process.moduleLoadList = [];

  let exitCode;
  Object.defineProperty(process, 'exitCode', {
    get() { return exitCode; },
    set(code) {
      validateExitCode(code);
      exitCode = code;
    },
    enumerable: true,
    configurable: false,
  });

  process.cwd = function cwd() { return pb.cwd(); };
  process.chdir = function chdir(directory) {
    if (typeof directory !== 'string') {
      const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_TYPE('directory', 'string', directory);
    }
    pb.chdir(directory);
  };
  process.umask = function umask(mask) {
    if (mask === undefined) return pb.umask();
    return pb.umask(require('internal/validators').parseFileMode(mask, 'mask'));
  };
  const ids = () => pb.ids();
  process.getuid = () => ids()[0];
  process.geteuid = () => ids()[1];
  process.getgid = () => ids()[2];
  process.getegid = () => ids()[3];
  // As libuv's: the effective group is in the list.
  process.getgroups = function getgroups() {
    const groups = pb.groups();
    const egid = ids()[3];
    if (!groups.includes(egid)) groups.push(egid);
    return groups;
  };

  process.uptime = function uptime() { return (Date.now() - pb.startTime) / 1000; };
  function hrtime(time) {
    const ns = pb.hrtime();
    const sec = Math.floor(ns / 1e9);
    const nsec = ns - sec * 1e9;
    if (time !== undefined) {
      if (!Array.isArray(time)) {
        const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
        throw new ERR_INVALID_ARG_TYPE('time', 'Array', time);
      }
      if (time.length !== 2) {
        const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');
        throw new ERR_OUT_OF_RANGE('time', 2, time.length);
      }
      let s = sec - time[0];
      let n = nsec - time[1];
      if (n < 0) { s--; n += 1e9; }
      return [s, n];
    }
    return [sec, nsec];
  }
  hrtime.bigint = function bigint() { return BigInt(Math.round(pb.hrtime())); };
  process.hrtime = hrtime;
  process.memoryUsage = function memoryUsage() {
    const [rss, heapTotal, heapUsed, external] = pb.memoryUsage();
    return { rss, heapTotal, heapUsed, external, arrayBuffers: 0 };
  };
  process.memoryUsage.rss = () => pb.memoryUsage()[0];
  process.cpuUsage = function cpuUsage(prevValue) {
    const [user, system] = pb.cpuUsage();
    if (prevValue) {
      const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } } = require('internal/errors');
      if (typeof prevValue !== 'object') throw new ERR_INVALID_ARG_TYPE('prevValue', 'object', prevValue);
      for (const k of ['user', 'system']) {
        const v = prevValue[k];
        if (typeof v !== 'number') throw new ERR_INVALID_ARG_TYPE(`prevValue.${k}`, 'number', v);
        if (v < 0 || !Number.isFinite(v)) throw new ERR_INVALID_ARG_VALUE.RangeError(`prevValue.${k}`, v);
      }
      return { user: user - prevValue.user, system: system - prevValue.system };
    }
    return { user, system };
  };
  process.resourceUsage = function resourceUsage() {
    const [userCPUTime, systemCPUTime] = pb.cpuUsage();
    return { userCPUTime, systemCPUTime, maxRSS: Math.round(pb.memoryUsage()[0] / 1024), sharedMemorySize: 0,
      unsharedDataSize: 0, unsharedStackSize: 0, minorPageFault: 0, majorPageFault: 0, swappedOut: 0,
      fsRead: 0, fsWrite: 0, ipcSent: 0, ipcReceived: 0, signalsCount: 0, voluntaryContextSwitches: 0,
      involuntaryContextSwitches: 0 };
  };
  process.kill = function kill(pid, sig = 'SIGTERM') {
    const { signals } = require('internal/process/signals');
    let signum = sig;
    if (typeof sig === 'string') {
      signum = signals[sig];
      if (signum === undefined) {
        const err = new TypeError(`Unknown signal: ${sig}`);
        err.code = 'ERR_UNKNOWN_SIGNAL';
        throw err;
      }
    }
    if (pid != (pid | 0)) {
      const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_TYPE('pid', 'number', pid);
    }
    const r = pb.kill(pid, signum);
    if (r < 0) {
      const err = new Error(`kill ${r === -3 ? 'ESRCH' : 'EPERM'}`);
      err.code = r === -3 ? 'ESRCH' : 'EPERM';
      err.errno = r;
      err.syscall = 'kill';
      throw err;
    }
    return true;
  };

  process.nextTick = require('internal/process/task_queues').nextTick;

  // Signal listeners start and stop host signal watching.
  const { signals } = require('internal/process/signals');
  let signalWrap;
  const signalName = { __proto__: null };
  for (const name in signals) signalName[signals[name]] ??= name;
  process.on('newListener', (event) => {
    const signum = signals[event];
    if (typeof event !== 'string' || signum === undefined || process.listenerCount(event) > 0) return;
    if (signalWrap === undefined) {
      signalWrap = internalBinding('signal_wrap');
      signalWrap.setHandler((n) => {
        const name = signalName[n];
        if (process.listenerCount(name) > 0) process.emit(name, name, n);
        else if (name === 'SIGINT' || name === 'SIGTERM') process.reallyExit(128 + n);
      });
    }
    signalWrap.start(signum);
  });
  process.on('removeListener', (event) => {
    const signum = signals[event];
    if (signum !== undefined && signalWrap !== undefined && process.listenerCount(event) === 0) {
      signalWrap.stop(signum);
    }
  });

  process.reallyExit = function reallyExit(code) { pb.reallyExit(code | 0); };
  process.exit = function exit(code) {
    validateExitCode(code);
    if (code !== undefined) process.exitCode = code;
    if (!process._exiting) {
      process._exiting = true;
      process.emit('exit', process.exitCode ?? 0);
    }
    process.reallyExit(process.exitCode ?? 0);
  };
  process.abort = function abort() { pb.reallyExit(134); };

  // _getActiveHandles: what owns each socket or server handle keeping the
  // loop alive (a net.Socket, a net.Server). _getActiveRequests: one object
  // per asynchronous request under way, of its request class (FSReqCallback).
  process._getActiveHandles = function _getActiveHandles() {
    return require('internal/net_handles').activeHandleOwners(pb.activeHandleIds());
  };
  const reqClasses = { __proto__: null };
  process._getActiveRequests = function _getActiveRequests() {
    return pb.activeRequests().map((name) => {
      reqClasses[name] ??= ({ [name]: class {} })[name];
      return new reqClasses[name]();
    });
  };
  // getActiveResourcesInfo: the requests under way, the handles keeping the
  // loop alive (by their wrap names), then a 'Timeout' per ref'd timer and
  // an 'Immediate' per ref'd immediate.
  process.getActiveResourcesInfo = function getActiveResourcesInfo() {
    const out = pb.activeRequests();
    const handles = pb.activeResources();
    for (let i = 0; i < handles.length; i++) out.push(handles[i]);
    const [timeouts, immediates] = require('internal/timers').activeCounts();
    for (let i = 0; i < timeouts; i++) out.push('Timeout');
    for (let i = 0; i < immediates; i++) out.push('Immediate');
    return out;
  };

  // Source maps are not supported (--enable-source-maps is not): the
  // switch is validated and remembered, and changes nothing else.
  let sourceMaps = false;
  process.setSourceMapsEnabled = function setSourceMapsEnabled(val) {
    require('internal/validators').validateBoolean(val, 'val');
    sourceMaps = val;
  };
  Object.defineProperty(process, 'sourceMapsEnabled', {
    get() { return sourceMaps; }, enumerable: true, configurable: true,
  });

  // process.assert (DEP0100).
  let assertWarned = false;
  process.assert = function assert(value, message) {
    if (!assertWarned) {
      assertWarned = true;
      process.emitWarning('process.assert() is deprecated. Please use the `assert` module instead.',
        'DeprecationWarning', 'DEP0100');
    }
    if (!value) {
      const { codes: { ERR_ASSERTION } } = require('internal/errors');
      throw new ERR_ASSERTION(message || 'assertion error');
    }
  };

  // The memory the isolate may use, as a cgroup limit would be reported.
  process.constrainedMemory = function constrainedMemory() {
    const limit = pb.memoryLimit === undefined ? 0 : pb.memoryLimit;
    return limit > 0 ? limit : undefined;
  };

  // setUncaughtExceptionCaptureCallback: the one function an uncaught
  // exception goes to instead of 'uncaughtException' (domain's hook).
  const execution = require('internal/process/execution');
  process.setUncaughtExceptionCaptureCallback = function setUncaughtExceptionCaptureCallback(fn) {
    if (fn === null) {
      execution.setCaptureCallback(null);
      return;
    }
    if (typeof fn !== 'function') {
      const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_TYPE('fn', ['Function', 'null'], fn);
    }
    if (execution.hasDomainHandler()) {
      const { codes: { ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE } } = require('internal/errors');
      throw new ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE();
    }
    if (execution.hasCaptureCallback()) {
      const { codes: { ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET } } = require('internal/errors');
      throw new ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET();
    }
    execution.setCaptureCallback(fn);
  };
  process.hasUncaughtExceptionCaptureCallback = function hasUncaughtExceptionCaptureCallback() {
    return execution.hasCaptureCallback();
  };

  process.emitWarning = function emitWarning(warning, type, code, ctor) {
    return require('internal/process/warning').emitWarning(warning, type, code, ctor);
  };

  return process;
}

// setupProcess gives process the values of this process, which the host
// has just set on the binding.
function setupProcess(process, pb) {
  process.argv = pb.argv.slice();
  process.execArgv = pb.execArgv.slice();
  process.execPath = pb.execPath;
  process.argv0 = pb.argv0 || 'node';
  if (process.argv.length > 0) process.argv[0] = pb.execPath;
  process.pid = pb.pid;
  process.ppid = pb.ppid;
  process.env = createEnv(pb);
  // The warning flags, as execArgv (a worker's execArgv option) and
  // NODE_OPTIONS give them.
  require('internal/options').init(pb);
  const flag = require('internal/options').hasOption;
  process.noDeprecation = flag('--no-deprecation');
  process.throwDeprecation = flag('--throw-deprecation');
  process.traceDeprecation = flag('--trace-deprecation');
  if (flag('--trace-warnings')) process.traceWarnings = true;
  if (flag('--expose-gc') || flag('--expose_gc')) {
    const collect = pb.gc;
    const gc = function gc() { collect(); };
    Object.defineProperty(globalThis, 'gc', { value: gc, writable: true, enumerable: true, configurable: false });
  }

  const perm = internalBinding('permission');
  // Not under the permission model: the internals reach every binding.
  if (flag('--expose-internals') && !perm.enabled) require('internal/bootstrap/realm').exposeInternals();
  if (perm.enabled) {
    if (process.execArgv.includes('--experimental-permission')) {
      Promise.resolve().then(() => process.emitWarning(
        'Permission is an experimental feature and might change at any time', 'ExperimentalWarning'));
    }
    process.permission = {
      has(scope, reference) {
        const { validateString } = require('internal/validators');
        validateString(scope, 'scope');
        if (reference !== undefined) validateString(reference, 'reference');
        return perm.has(scope, reference);
      },
    };
  }

  process.binding = function binding(name) {
    const err = new Error(`No such module: ${name}`);
    throw err;
  };

  // stdio streams are created on first use.
  for (const [name, fd] of [['stdout', 1], ['stderr', 2], ['stdin', 0]]) {
    let stream;
    Object.defineProperty(process, name, {
      get() {
        if (stream === undefined) stream = require('internal/process/stdio').create(fd);
        return stream;
      },
      configurable: true,
      enumerable: false,
    });
  }

}

// process.env belongs to the isolate: it starts as a copy of the host
// environment (or the embedder's Config.Env) and changes stay in it, so
// isolates in one process do not see each other's; child processes get it.
// A thread that shares its environment (worker_threads.SHARE_ENV) keeps it
// in the host instead, where its other threads see it: shareEnv.
let envHost = null;

function shareEnv() {
  const wb = internalBinding('worker');
  envHost = { get: wb.envGet, set: wb.envSet, del: wb.envDelete, keys: wb.envKeys };
}

let envWarned = false; // DEP0104, once

function createEnv(pb) {
  const store = { __proto__: null };
  for (const kv of pb.env) {
    const i = kv.indexOf('=');
    if (i > 0) store[kv.slice(0, i)] = kv.slice(i + 1);
  }
  if (internalBinding('worker').sharedEnv) shareEnv();
  const put = (target, key, s) => {
    if (envHost !== null) envHost.set(key, s);
    else target[key] = s;
  };
  const own = (target, key) => {
    if (envHost !== null) return envHost.get(key);
    // Own only: a prototype given to process.env lends values, not keys.
    return Object.prototype.hasOwnProperty.call(target, key) ? target[key] : undefined;
  };
  return new Proxy(store, {
    get(target, key) {
      if (typeof key === 'symbol') return undefined;
      return envHost !== null ? envHost.get(key) : target[key];
    },
    set(target, key, value) {
      if (typeof key === 'symbol') return false;
      if (typeof value === 'symbol') {
        throw new TypeError('Cannot convert a Symbol value to a string');
      }
      if (!envWarned && typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean' &&
          require('internal/options').pendingDeprecation()) {
        envWarned = true;
        process.emitWarning('Assigning any value other than a string, number, or boolean to a ' +
          'process.env property is deprecated. Please make sure to convert the value ' +
          'to a string before setting process.env with it.', 'DeprecationWarning', 'DEP0104');
      }
      put(target, key, `${value}`);
      return true;
    },
    defineProperty(target, key, desc) {
      if (!('value' in desc) || desc.get || desc.set || !desc.configurable || !desc.writable || !desc.enumerable) {
        const err = new TypeError("'process.env' only accepts a configurable, writable, and enumerable data descriptor");
        err.code = 'ERR_INVALID_OBJECT_DEFINE_PROPERTY';
        throw err;
      }
      put(target, key, `${desc.value}`);
      return true;
    },
    deleteProperty(target, key) {
      if (envHost !== null) {
        if (typeof key !== 'symbol') envHost.del(key);
      } else {
        delete target[key];
      }
      return true;
    },
    has(target, key) {
      if (envHost !== null) return typeof key !== 'symbol' && envHost.get(key) !== undefined;
      return key in target;
    },
    ownKeys(target) { return envHost !== null ? envHost.keys() : Reflect.ownKeys(target); },
    getOwnPropertyDescriptor(target, key) {
      if (typeof key === 'symbol' && envHost !== null) return undefined;
      const value = own(target, key);
      if (value === undefined) return undefined;
      return { value, writable: true, enumerable: true, configurable: true };
    },
  });
}

module.exports = { createProcess, setupProcess, shareEnv };
