'use strict';
// Sets up the global environment (process, console, timers, web globals)
// and returns the entry points the host calls.
//
// In two phases, as Node's start-up snapshot has them. This file's body is
// the snapshot-safe phase: builtins loaded, globals defined, nothing of
// the process (argv, env, ids, clocks, stdio, cwd) read; the host may
// freeze the isolate right after it and clone every isolate from there.
// setupProcess is the per-process phase, run in each isolate (after the
// host set the bindings' per-process values): it makes the process object.
// Until then there is no global process: a builtin that touches it while
// loading cannot be loaded in the first phase.

const pb = internalBinding('process');
const { BuiltinModule } = require('internal/bootstrap/realm');
const taskQueues = require('internal/process/task_queues');
const timers = require('internal/timers');

// ---- globals that quickjs-libc adds and Node does not have ----
for (const name of ['performance', 'DOMException', 'print', 'scriptArgs', 'bjson', 'std', 'os', 'QJS_PROXY_VALUE', 'gc', 'navigator',
  'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'console', 'queueMicrotask']) {
  delete globalThis[name];
}

// Error stacks as V8 writes them, without the bridge's host-call frames.
// V8 writes the "Name: message" header lazily, on first access, so it shows
// a name set after construction (subclasses that set this.name); here the
// header is written only for errors of the builtin classes and otherwise
// left to whoever prints the error (util.inspect, internal/errors).
// Loaders put wrapper text before a module's first line (CommonJS's
// function header, ES modules' import.meta setup); they record it here so
// columns on that line are reported as in the file.
// Stacks are written for every error, also while a program has replaced
// built-ins: everything below runs on primordials and on the call-site
// methods as they were at bootstrap.
const {
  ArrayPrototypeJoin, ArrayPrototypePush, ErrorPrototypeToString, ObjectDefineProperty, ObjectGetPrototypeOf,
  ObjectPrototypeHasOwnProperty, ReflectApply, SafeMap, SafeSet,
} = primordials;
const columnShifts = new SafeMap(); // filename -> [line, shift]
require('internal/modules/column_shift').setShiftTable(columnShifts);
// The call-site methods, uncurried when the prototype is first seen.
const site = {
  __proto__: null,
  getFunctionName: (cs) => cs.getFunctionName(),
  isNative: (cs) => cs.isNative(),
  getFileName: (cs) => cs.getFileName(),
  getLineNumber: (cs) => cs.getLineNumber(),
  getColumnNumber: (cs) => cs.getColumnNumber(),
};
// Bound, not wrapped in Reflect.apply: half the cost per frame, and every
// error pays it for each of its frames.
const bindCall = Function.prototype.bind.bind(Function.prototype.call);
function captureSiteMethods(proto) {
  for (const name of ['getFunctionName', 'isNative', 'getFileName', 'getLineNumber', 'getColumnNumber']) {
    site[name] = bindCall(proto[name]);
  }
}
function formatFrame(cs) {
  const fn = site.getFunctionName(cs);
  let loc;
  if (site.isNative(cs)) {
    loc = 'native';
  } else {
    const file = site.getFileName(cs);
    const line = site.getLineNumber(cs);
    let col = site.getColumnNumber(cs);
    const shift = columnShifts.get(file);
    if (shift !== undefined && shift[0] === line && col > shift[1]) col -= shift[1];
    loc = file ? `${file}:${line}:${col}` : '<anonymous>';
  }
  return fn ? `    at ${fn} (${loc})` : `    at ${loc}`;
}
// Errors of the builtin classes (not subclasses) keep their name, so
// their header can be written now, as V8's would read.
const builtinErrorProtos = new SafeSet([Error, TypeError, RangeError, SyntaxError, ReferenceError,
  EvalError, URIError, AggregateError, globalThis.InternalError, Object].filter(Boolean).map((c) => c.prototype));
// QuickJS's CallSite has only isNative, getFileName, getFunction,
// getFunctionName, getLineNumber and getColumnNumber; libraries written for
// V8 (depd, source-map-support, ...) call the rest.
let callSitePatched = false;
function patchCallSite(cs) {
  callSitePatched = true;
  const proto = Object.getPrototypeOf(cs);
  const add = (name, fn) => {
    if (typeof proto[name] !== 'function') {
      Object.defineProperty(proto, name, { value: fn, writable: true, configurable: true, enumerable: false });
    }
  };
  add('getThis', function getThis() { return undefined; });
  add('getTypeName', function getTypeName() { return null; });
  add('getMethodName', function getMethodName() { return null; });
  add('getEvalOrigin', function getEvalOrigin() { return undefined; });
  add('getScriptNameOrSourceURL', function getScriptNameOrSourceURL() { return this.getFileName(); });
  add('getScriptHash', function getScriptHash() { return ''; });
  add('getEnclosingColumnNumber', function getEnclosingColumnNumber() { return null; });
  add('getEnclosingLineNumber', function getEnclosingLineNumber() { return null; });
  add('getPosition', function getPosition() { return 0; });
  add('getPromiseIndex', function getPromiseIndex() { return null; });
  add('isEval', function isEval() { return false; });
  add('isToplevel', function isToplevel() { return !this.getFunctionName(); });
  add('isConstructor', function isConstructor() { return false; });
  add('isAsync', function isAsync() { return false; });
  add('isPromiseAll', function isPromiseAll() { return false; });
  add('toString', function toString() { return formatFrame(this).slice(7); });
}

// The call sites' prototype, patched now, before any user code runs:
// getFunction answers undefined for the frames of builtins (as V8's does
// for strict functions), so a program's Error.prepareStackTrace never gets
// hold of a loader function.
{
  let first;
  const saved = Error.prepareStackTrace;
  Error.prepareStackTrace = (e, callsites) => { first = callsites[0]; return ''; };
  (function capture() { return new Error().stack; })();
  Error.prepareStackTrace = saved;
  if (first !== undefined) {
    patchCallSite(first);
    const proto = Object.getPrototypeOf(first);
    captureSiteMethods(proto);
    const origGetFunction = proto.getFunction;
    const getFileName = proto.getFileName;
    const isNative = proto.isNative;
    const apply = Reflect.apply;
    const startsWith = String.prototype.startsWith;
    Object.defineProperty(proto, 'getFunction', {
      __proto__: null,
      value: function getFunction() {
        const file = apply(getFileName, this, []);
        if (apply(isNative, this, []) || typeof file !== 'string' || apply(startsWith, file, ['node:']) ||
            apply(startsWith, file, ['<wqnode:'])) {
          return undefined;
        }
        return apply(origGetFunction, this, []);
      },
      writable: false, enumerable: false, configurable: false,
    });
  }
}

Error.prepareStackTrace = function prepareStackTrace(error, callsites) {
  // A thrown primitive has no stack to hold (the engine asks all the same,
  // for its own record of where the throw was): writing one costs more
  // than the throw.
  if (error === null || (typeof error !== 'object' && typeof error !== 'function')) return '';
  if (!callSitePatched && callsites.length > 0) patchCallSite(callsites[0]);
  const lines = [];
  if (error !== null && typeof error === 'object' && builtinErrorProtos.has(ObjectGetPrototypeOf(error)) &&
      !ObjectPrototypeHasOwnProperty(error, 'name')) {
    try {
      ArrayPrototypePush(lines, ErrorPrototypeToString(error));
    } catch {}
  }
  for (let i = 0; i < callsites.length; i++) {
    const cs = callsites[i];
    const file = site.getFileName(cs);
    if (file === '<wqnode:host>' || (site.isNative(cs) && site.getFunctionName(cs) === 'proxyHandler')) continue;
    ArrayPrototypePush(lines, formatFrame(cs));
  }
  return ArrayPrototypeJoin(lines, '\n');
};

function defineGlobal(name, value, enumerable = false) {
  Object.defineProperty(globalThis, name, { value, writable: true, enumerable, configurable: true });
}

function defineLazyGlobal(name, get, enumerable = false) {
  let cached;
  let done = false;
  Object.defineProperty(globalThis, name, {
    get() {
      if (!done) { cached = get(); done = true; }
      return cached;
    },
    set(v) {
      Object.defineProperty(globalThis, name, { value: v, writable: true, enumerable, configurable: true });
    },
    enumerable,
    configurable: true,
  });
}

defineGlobal('global', globalThis, true);

// QuickJS has no Intl: an English-only one, built on first use.
require('internal/intl').install(globalThis);
// The engine's Date knows only UTC: local time follows TZ.
let intlImpl;
let tzProcess; // the process object, once made (the TZ its env holds)
require('internal/date').install(globalThis,
  (t, withName) => (intlImpl ??= require('internal/intl')._impl()).localZoneAt(t, withName),
  () => (tzProcess === undefined ? undefined : tzProcess.env.TZ));

// ---- ES modules ----
// The engine's module hooks, set now, before any user code runs (the host
// accepts them once); the ES module loader itself loads on first use.
{
  const esm = () => require('internal/modules/esm/loader');
  // What the module texts the loader generates call (builtin, CommonJS
  // and JSON modules' values, import.meta's fields), and where the host's
  // require(esm) finds the namespace it imported: a global binding defined
  // now, not writable, not configurable, so no program redirects it.
  const hooks = () => esm().hooks;
  Object.defineProperty(globalThis, '__wqnodeESM', {
    __proto__: null,
    value: Object.freeze({
      __proto__: null,
      builtin(id) { return hooks().builtin(id); },
      cjs(file) { return hooks().cjs(file); },
      json(file) { return hooks().json(file); },
      host(id) { return require('internal/embed').loadHostModule(id); },
      meta(meta, name) { return hooks().meta(meta, name); },
      get required() { return hooks().required; },
      set required(ns) { hooks().required = ns; },
    }),
    writable: false, enumerable: false, configurable: false,
  });
  internalBinding('module_wrap').setHooks(
    function resolve(specifier, base) { return esm().resolve(specifier, base); },
    function source(name) { return esm().source(name); });
}

// ---- process ----
// The process object, without the process's values (setupProcess gives
// them) and not yet global.
const processObject = require('internal/process/object');
const process = processObject.createProcess(pb);
const uncaught = require('internal/process/execution');
taskQueues.setUncaughtHandler(uncaught.onUncaught);
timers.setUncaughtHandler(uncaught.onUncaught);

// ---- timers and microtasks ----
defineGlobal('setTimeout', timers.setTimeout, true);
defineGlobal('clearTimeout', timers.clearTimeout, true);
defineGlobal('setInterval', timers.setInterval, true);
defineGlobal('clearInterval', timers.clearInterval, true);
defineGlobal('setImmediate', timers.setImmediate, true);
defineGlobal('clearImmediate', timers.clearImmediate, true);
defineGlobal('queueMicrotask', taskQueues.queueMicrotask, true);

// ---- lazily loaded globals ----
// The global console writes through whatever process.stdout/stderr are at
// the time of the write, as Node's does.
// A failed write (a full disk, a closed pipe) is swallowed, as Node's
// console does: the callback, which runs before the 'error' event, gives
// the stream a listener when it has none.
function consoleStream(get) {
  const swallow = () => {};
  const done = (err) => {
    const stream = get();
    if (err && stream.listenerCount('error') === 0) stream.once('error', swallow);
  };
  // what the console reads of its stream besides write (clear, colors)
  return {
    write: (s) => get().write(s, done),
    get isTTY() { return get().isTTY; },
    get columns() { return get().columns; },
    getColorDepth(env) { const st = get(); return typeof st.getColorDepth === 'function' ? st.getColorDepth(env) : 1; },
    hasColors(...args) { const st = get(); return typeof st.hasColors === 'function' ? st.hasColors(...args) : false; },
  };
}
defineLazyGlobal('console', () => require('internal/console').createGlobalConsole(
  consoleStream(() => process.stdout),
  consoleStream(() => process.stderr)));
defineLazyGlobal('Buffer', () => require('buffer').Buffer);
defineLazyGlobal('URL', () => require('internal/url').URL);
defineLazyGlobal('URLSearchParams', () => require('internal/url').URLSearchParams);
defineLazyGlobal('TextEncoder', () => require('internal/encoding').TextEncoder);
defineLazyGlobal('TextDecoder', () => require('internal/encoding').TextDecoder);
defineLazyGlobal('EventTarget', () => require('internal/event_target').EventTarget);
defineLazyGlobal('Event', () => require('internal/event_target').Event);
defineLazyGlobal('CustomEvent', () => require('internal/event_target').CustomEvent);
defineLazyGlobal('DOMException', () => require('internal/abort_controller').DOMException);
defineLazyGlobal('AbortController', () => require('internal/abort_controller').AbortController);
defineLazyGlobal('AbortSignal', () => require('internal/abort_controller').AbortSignal);
defineLazyGlobal('atob', () => require('buffer').atob, true);
defineLazyGlobal('btoa', () => require('buffer').btoa, true);
defineLazyGlobal('Blob', () => require('buffer').Blob);
defineLazyGlobal('File', () => require('buffer').File);
for (const name of ['ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
  'ReadableStreamBYOBRequest', 'ReadableByteStreamController', 'ReadableStreamDefaultController',
  'TransformStream', 'TransformStreamDefaultController', 'WritableStream', 'WritableStreamDefaultWriter',
  'WritableStreamDefaultController', 'ByteLengthQueuingStrategy', 'CountQueuingStrategy',
  'TextEncoderStream', 'TextDecoderStream', 'CompressionStream', 'DecompressionStream']) {
  defineLazyGlobal(name, () => require('stream/web')[name]);
}
defineLazyGlobal('performance', () => require('internal/perf/performance').performance, true);
for (const name of ['PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure', 'PerformanceObserver',
  'PerformanceObserverEntryList']) {
  defineLazyGlobal(name, () => require('internal/perf/performance')[name]);
}
for (const name of ['MessageChannel', 'MessagePort', 'MessageEvent', 'BroadcastChannel']) {
  defineLazyGlobal(name, () => require('internal/worker/io')[name]);
}
defineGlobal('Atomics', require('internal/atomics').Atomics);
defineLazyGlobal('structuredClone', () => require('internal/structured_clone').structuredClone, true);
defineLazyGlobal('crypto', () => require('crypto').webcrypto, true);
for (const name of ['Crypto', 'CryptoKey', 'SubtleCrypto']) {
  defineLazyGlobal(name, () => require('internal/crypto/webcrypto')[name]);
}
// fetch and its classes (internal/fetch/), loaded on first use.
for (const [name, id] of [['Headers', 'headers'], ['Request', 'request'], ['Response', 'response'],
  ['FormData', 'formdata']]) {
  defineLazyGlobal(name, () => require(`internal/fetch/${id}`)[name]);
}
defineGlobal('fetch', function fetch(input, init = undefined) { // eslint-disable-line no-unused-vars
  return require('internal/fetch/fetch').fetch.apply(this, arguments);
}, true);

// What every program's start needs, loaded now so that isolates cloned
// from the snapshot have it compiled and evaluated: what the process
// object is made of, and the module loader. (What a program loads as it
// runs, the console and the streams, still loads then: timing a program
// can observe, such as whether a setTimeout(0) is due before the first
// setImmediate, stays as it was.)
for (const id of ['events', 'internal/errors', 'internal/validators', 'internal/process/signals',
  'internal/not_implemented', 'internal/modules/cjs/loader', 'path', 'internal/modules/package_resolve',
  'internal/embed']) {
  require(id);
}

// ---- entry points for the host ----

// setupProcess is the per-process phase: the process object gets the
// values the host has just set on the 'process' binding, and is global.
function setupProcess() {
  processObject.setupProcess(process, pb);
  process._fatalException = uncaught.fatalException;
  tzProcess = process;
  defineGlobal('process', process);
  require('internal/modules/cjs/loader')._initPaths();
}

// prepareExecution opens what a parent gave this process: the IPC
// channel (NODE_CHANNEL_FD) and, in a cluster worker, the worker's side.
function prepareExecution() {
  if (!internalBinding('worker').isMainThread) return;
  const env = process.env;
  if (env.NODE_CHANNEL_FD) {
    const fd = parseInt(env.NODE_CHANNEL_FD, 10);
    delete env.NODE_CHANNEL_FD;
    const mode = env.NODE_CHANNEL_SERIALIZATION_MODE || 'json';
    delete env.NODE_CHANNEL_SERIALIZATION_MODE;
    require('child_process')._forkChild(fd, mode);
  }
  if (env.NODE_UNIQUE_ID) {
    require('cluster')._setupWorker();
    delete env.NODE_UNIQUE_ID;
  }
}

// A worker thread sets up its process and tells its parent it is
// running before its main code; then the modules execArgv preloads
// (--require) run.
function workerOnline() {
  const wb = internalBinding('worker');
  if (!wb.isMainThread) {
    require('internal/worker').setupWorkerProcess();
    wb.online();
  }
  for (const id of require('internal/options').optionValues('--require', '-r')) {
    const Module = require('internal/modules/cjs/loader');
    const path = require('path');
    Module.createRequire(path.join(process.cwd(), '[preload]'))(id);
  }
}

function runMain() {
  const Module = require('internal/modules/cjs/loader');
  const main = process.argv[1];
  try {
    prepareExecution();
    workerOnline();
    Module.runMain(main);
  } catch (err) {
    uncaught.onUncaught(err);
  }
  taskQueues.processTicksAndRejections();
}

// addBuiltinGlobals makes the public builtin modules globals that load on
// first use (fs, http, ...), as Node's eval mode does; assigning one
// replaces it.
function addBuiltinGlobals(req) {
  const { builtinModules } = require('internal/modules/cjs/loader');
  for (const id of builtinModules) {
    // crypto is the module here, not the Web Crypto global (as in Node).
    if (id.startsWith('_') || id.includes('/') || (id !== 'crypto' && ObjectPrototypeHasOwnProperty(globalThis, id))) continue;
    const setReal = (value) => {
      ObjectDefineProperty(globalThis, id, { __proto__: null, value, writable: true, enumerable: false, configurable: true });
    };
    ObjectDefineProperty(globalThis, id, {
      __proto__: null,
      configurable: true,
      enumerable: false,
      get() {
        const lib = req(id);
        setReal(lib);
        return lib;
      },
      set: setReal,
    });
  }
}

function runEval(source, print, name = '[eval]') {
  const Module = require('internal/modules/cjs/loader');
  const path = require('path');
  try {
    prepareExecution();
    workerOnline();
    const filename = path.join(process.cwd(), name);
    const m = new Module(name);
    m.filename = filename;
    m.paths = Module._nodeModulePaths(process.cwd());
    globalThis.module = m;
    globalThis.require = Module.createRequire(filename);
    globalThis.exports = m.exports;
    globalThis.__filename = name;
    globalThis.__dirname = '.';
    if (name === '[eval]') addBuiltinGlobals(globalThis.require); // -e and -p only, not stdin
    const result = internalBinding('contextify').evalScript(source, name);
    if (print) {
      const { inspect } = require('internal/util/inspect');
      process.stdout.write((typeof result === 'string' ? result : inspect(result)) + '\n');
    }
  } catch (err) {
    uncaught.onUncaught(err);
  }
  taskQueues.processTicksAndRejections();
}

function processTimers(now) {
  timers.processTimers(now);
  taskQueues.processTicksAndRejections();
  return timers.nextTimerExpiry();
}

function processImmediate() {
  timers.processImmediate();
}

function emitBeforeExit() {
  try {
    process.emit('beforeExit', process.exitCode ?? 0);
  } catch (err) {
    uncaught.onUncaught(err);
  }
  taskQueues.processTicksAndRejections();
}

function emitExit() {
  // Node fires 'exit' with the code set so far, then exits with 13 when the
  // main module's top-level await never settled.
  const unsettled = process.exitCode === undefined &&
    BuiltinModule.isLoaded('internal/modules/esm/loader') &&
    require('internal/modules/esm/loader').unsettledTopLevelAwait();
  if (unsettled) {
    try {
      pb.writeString(2, 'Warning: Detected unsettled top-level await at file:' + process.argv[1] + '\n\n\n');
    } catch {
      // stderr cannot be written.
    }
  }
  const code = process.exitCode ?? 0;
  if (!process._exiting) {
    process._exiting = true;
    try {
      process.emit('exit', code);
    } catch (err) {
      uncaught.onUncaught(err);
    }
  }
  if (unsettled && process.exitCode === undefined) return 13;
  return (process.exitCode ?? code) | 0;
}

let embed; // internal/embed, once a call needed it

// runCallback invokes a host completion callback as a macrotask.
function runCallback(fn, ...args) {
  try {
    ReflectApply(fn, undefined, args);
  } catch (err) {
    uncaught.onUncaught(err);
  }
  taskQueues.processTicksAndRejections();
}

module.exports = {
  setupProcess,
  runMain,
  runEval,
  processTimers,
  processImmediate,
  emitBeforeExit,
  emitExit,
  runCallback,
  processTicksAndRejections: taskQueues.processTicksAndRejections,
  // package wqnode's calls (internal/embed)
  embedEval(id, source, name) { require('internal/embed').evalScript(id, source, name); },
  embedImport(id, file) { require('internal/embed').importModule(id, file); },
  // A call drains the queues itself, as runCallback does (one entry into
  // the engine per call).
  embedCall(id, name, json, ...args) {
    (embed ??= require('internal/embed')).call(id, name, json, args);
    taskQueues.processTicksAndRejections();
  },
};
