'use strict';
// What happens to an exception nobody caught: 'uncaughtException'
// listeners, or the error printed to stderr and exit code 1.

let handling = false;
let captureCallback = null;

function setCaptureCallback(fn) { captureCallback = fn; }
function hasCaptureCallback() { return captureCallback !== null; }

function onUncaught(err, fromPromise = false) {
  const origin = fromPromise ? 'unhandledRejection' : 'uncaughtException';
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
    // The uncaughtException handler itself threw: Node exits with 7.
    require('internal/embed').noteFatal(err);
    printError(err);
    exitNow(7);
  }
  try {
    process.emit('uncaughtExceptionMonitor', err, origin);
  } catch {}
  if (process.listenerCount('uncaughtException') > 0) {
    handling = true;
    try {
      process.emit('uncaughtException', err, origin);
    } finally {
      handling = false;
    }
    return;
  }
  require('internal/embed').noteFatal(err);
  printError(err, fromPromise);
  exitNow(1);
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
    if (err instanceof Error || (err !== null && typeof err === 'object' && 'stack' in err)) {
      text = inspect(err);
    } else {
      text = `Uncaught ${inspect(err)}`;
      if (fromPromise) text = inspect(err);
    }
  } catch {
    try {
      text = err instanceof Error ? `${err.name}: ${err.message}\n${err.stack}` : `Uncaught ${String(err)}`;
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

module.exports = { onUncaught, setCaptureCallback, hasCaptureCallback };
