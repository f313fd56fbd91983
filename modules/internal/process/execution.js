'use strict';
// What happens to an exception nobody caught: 'uncaughtException'
// listeners, or the error printed to stderr and exit code 1.

let handling = false;
let captureCallback = null;
// domainHandler is the domain module's: it returns true when a domain took
// the error.
let domainHandler = null;

function setCaptureCallback(fn) { captureCallback = fn; }
function hasCaptureCallback() { return captureCallback !== null; }
function setDomainHandler(fn) { domainHandler = fn; }
function hasDomainHandler() { return domainHandler !== null; }

// onUncaught goes through process._fatalException, as Node's C++ does: a
// program may replace it, and with none Node exits with 6.
function onUncaught(err, fromPromise = false) {
  const fe = process._fatalException;
  if (fe !== fatalException) {
    if (typeof fe !== 'function') {
      printError(err, fromPromise);
      process.reallyExit(6);
    }
    if (!fe(err)) {
      printError(err, fromPromise);
      exitNow(1);
    }
    return;
  }
  handleUncaught(err, fromPromise);
}

// fatalException is process._fatalException: it returns true when the
// error was handled (an 'uncaughtException' listener); otherwise the
// process (or worker) ends.
function fatalException(err, fromPromise = false) {
  handleUncaught(err, fromPromise);
  return true;
}

function handleUncaught(err, fromPromise) {
  const origin = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  if (!handling) {
    // monitors see every uncaught exception first, whoever handles it
    try {
      process.emit('uncaughtExceptionMonitor', err, origin);
    } catch (err2) {
      // a monitor that throws is a failing exception handler: exit 7 with
      // its error
      printError(err2);
      process.reallyExit(7); // no 'exit' event, as in Node
    }
  }
  if (domainHandler !== null && !handling) {
    let taken;
    handling = true;
    try {
      taken = domainHandler(err);
    } catch (err2) {
      // a domain's 'error' listener threw: that error is uncaught now
      handling = false;
      err = err2;
    } finally {
      handling = false;
    }
    if (taken) return;
  }
  if (captureCallback !== null && !handling) {
    handling = true;
    try {
      captureCallback(err);
    } finally {
      handling = false;
    }
    return;
  }
  if (handling) {
    // The uncaughtException handler itself threw: Node exits with 7 (a
    // worker thread with 1, its parent hearing the error).
    if (reportToParent(err)) exitNow(1);
    require('internal/embed').noteFatal(err);
    printError(err);
    exitNow(7);
  }
  if (process.listenerCount('uncaughtException') > 0) {
    handling = true;
    try {
      process.emit('uncaughtException', err, origin);
    } catch (err2) {
      // The handler itself threw: Node exits with 7 at once, without
      // 'exit' (a worker with 1, its parent hearing the error).
      if (reportToParent(err2)) process.reallyExit(1);
      printError(err2);
      process.reallyExit(7); // no 'exit' event, as in Node
    } finally {
      handling = false;
    }
    return;
  }
  if (reportToParent(err)) {
    exitNow(1);
    return;
  }
  require('internal/embed').noteFatal(err);
  printError(err, fromPromise);
  exitNow(1);
}

// In a worker thread an uncaught exception goes to the parent's 'error'
// event (cloned), not to stderr; running out of memory is reported as
// such.
function reportToParent(err) {
  const wb = internalBinding('worker');
  if (wb.isMainThread) return false;
  if (err instanceof InternalError && /out of memory/.test(err.message)) {
    wb.reportOOM();
    return true;
  }
  let data;
  try {
    data = require('internal/worker/serialize').serialize(err, [], null).data;
  } catch {
    try {
      const { codes: { ERR_WORKER_UNSERIALIZABLE_ERROR } } = require('internal/errors');
      data = require('internal/worker/serialize').serialize(new ERR_WORKER_UNSERIALIZABLE_ERROR(), [], null).data;
    } catch {
      return false;
    }
  }
  wb.reportError(data);
  return true;
}

function exitNow(code) {
  process.exitCode = code;
  if (!process._exiting) {
    process._exiting = true;
    try {
      process.emit('exit', code);
    } catch {}
  }
  process.reallyExit(process.exitCode ?? code);
}

function printError(err, fromPromise) {
  let text;
  try {
    const { inspect } = require('internal/util/inspect');
    text = inspect(err);
    // As Node for a thrown primitive (it has no stack to show).
    if (!fromPromise && (err === null || (typeof err !== 'object' && typeof err !== 'function'))) {
      text += '\n(Use `node --trace-uncaught ...` to show where the exception was thrown)';
    }
  } catch {
    try {
      text = err instanceof Error ? `${err.name}: ${err.message}\n${err.stack}` : String(err);
    } catch {
      text = 'Uncaught exception';
    }
  }
  try {
    internalBinding('process').writeString(2, `${header(err)}${text}\n\nNode.js ${process.version}\n`);
  } catch {
    // stderr cannot be written (a full disk, a closed pipe): as Node,
    // the process still ends with the error's exit code.
  }
}

// header shows where the error was thrown, like Node's "file:line\nsource\n^\n\n".
function header(err) {
  try {
    const stack = err?.stack;
    if (typeof stack !== 'string') return '';
    const m = /\(?((?:\/|file:\/\/)[^():]+):(\d+):(\d+)\)?/.exec(stack);
    if (!m) return '';
    const file = m[1].startsWith('file://') ? decodeURIComponent(m[1].slice(7)) : m[1];
    const src = internalBinding('fs').readFileUtf8(file).split(/\r?\n/)[+m[2] - 1];
    if (src === undefined) return '';
    return `${file}:${m[2]}\n${src}\n${' '.repeat(Math.max(0, +m[3] - 1))}^\n\n`;
  } catch {
    return '';
  }
}

module.exports = { onUncaught, fatalException, setCaptureCallback, hasCaptureCallback, setDomainHandler, hasDomainHandler };
