'use strict';
// Sets up the global environment (process, console, timers, web globals)
// and returns the entry points the host calls.

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
const columnShifts = new Map(); // filename -> [line, shift]
require('internal/modules/column_shift').setShiftTable(columnShifts);
function formatFrame(cs) {
  const fn = cs.getFunctionName();
  let loc;
  if (cs.isNative()) {
    loc = 'native';
  } else {
    const file = cs.getFileName();
    const line = cs.getLineNumber();
    let col = cs.getColumnNumber();
    const shift = columnShifts.get(file);
    if (shift !== undefined && shift[0] === line && col > shift[1]) col -= shift[1];
    loc = file ? `${file}:${line}:${col}` : '<anonymous>';
  }
  return fn ? `    at ${fn} (${loc})` : `    at ${loc}`;
}
// Errors of the builtin classes (not subclasses) keep their name, so
// their header can be written now, as V8's would read.
const builtinErrorProtos = new Set([Error, TypeError, RangeError, SyntaxError, ReferenceError,
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

Error.prepareStackTrace = function prepareStackTrace(error, callsites) {
  if (!callSitePatched && callsites.length > 0) patchCallSite(callsites[0]);
  const lines = [];
  if (error !== null && typeof error === 'object' && builtinErrorProtos.has(Object.getPrototypeOf(error)) &&
      !Object.prototype.hasOwnProperty.call(error, 'name')) {
    try {
      lines.push(Error.prototype.toString.call(error));
    } catch {}
  }
  for (const cs of callsites) {
    const file = cs.getFileName();
    if (file === '<wqnode:host>' || (cs.isNative() && cs.getFunctionName() === 'proxyHandler')) continue;
    lines.push(formatFrame(cs));
  }
  return lines.join('\n');
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

// ---- process ----
const process = require('internal/process/object').createProcess(pb);
defineGlobal('process', process);

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
  return { write: (s) => get().write(s, done) };
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
defineLazyGlobal('structuredClone', () => require('internal/structured_clone').structuredClone, true);
defineLazyGlobal('crypto', () => require('crypto').webcrypto, true);
for (const name of ['Crypto', 'CryptoKey', 'SubtleCrypto']) {
  defineLazyGlobal(name, () => require('internal/crypto/webcrypto')[name]);
}
// fetch needs the http client, which is not implemented yet.
defineGlobal('fetch', async function fetch(input) {
  throw require('internal/not_implemented').notImplemented('fetch');
}, true);

// ---- entry points for the host ----

function runMain() {
  const Module = require('internal/modules/cjs/loader');
  const main = process.argv[1];
  try {
    Module.runMain(main);
  } catch (err) {
    uncaught.onUncaught(err);
  }
  taskQueues.processTicksAndRejections();
}

function runEval(source, print, name = '[eval]') {
  const Module = require('internal/modules/cjs/loader');
  const path = require('path');
  try {
    const filename = path.join(process.cwd(), name);
    const m = new Module(name);
    m.filename = filename;
    m.paths = Module._nodeModulePaths(process.cwd());
    globalThis.module = m;
    globalThis.require = Module.createRequire(filename);
    globalThis.exports = m.exports;
    globalThis.__filename = name;
    globalThis.__dirname = '.';
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

// runCallback invokes a host completion callback as a macrotask.
function runCallback(fn, ...args) {
  try {
    fn(...args);
  } catch (err) {
    uncaught.onUncaught(err);
  }
  taskQueues.processTicksAndRejections();
}

module.exports = {
  runMain,
  runEval,
  processTimers,
  processImmediate,
  emitBeforeExit,
  emitExit,
  runCallback,
  processTicksAndRejections: taskQueues.processTicksAndRejections,
};
