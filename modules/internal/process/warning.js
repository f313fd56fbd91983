'use strict';
// process.emitWarning and the default printing of 'warning' events:
// "(node:PID) Warning: message".

let listening = false;
let disabledWarnings; // a Set, from --disable-warning

function onWarning(warning) {
  if (!(warning instanceof Error)) return;
  const isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation && process.noDeprecation) return;
  if (disabledWarnings === undefined) {
    disabledWarnings = new Set(require('internal/options').optionValues('--disable-warning'));
  }
  // --disable-warning=code-or-type: emitted, but not printed.
  if (disabledWarnings.has(warning.name) || (warning.code !== undefined && disabledWarnings.has(String(warning.code)))) {
    return;
  }
  const trace = process.traceWarnings || (isDeprecation && process.traceDeprecation);
  let msg = `(node:${process.pid}) `;
  if (warning.code) msg += `[${warning.code}] `;
  if (trace && typeof warning.stack === 'string') {
    // The engine writes the stack's header when the error is made, before
    // the warning's name is set: the header is the warning's own, and the
    // frames are the caller's (not emitWarning's).
    const frames = warning.stack.split('\n').filter((l) => /^\s+at /.test(l) &&
      !/\(?node:internal\/process\/(warning|object)[:)]/.test(l));
    msg += `${warning.toString()}${frames.length ? '\n' + frames.join('\n') : ''}`;
  } else {
    msg += typeof warning.toString === 'function' ? `${warning.toString()}` : Error.prototype.toString.call(warning);
  }
  if (typeof warning.detail === 'string') msg += `\n${warning.detail}`;
  if (!trace && !shownTraceHint) {
    shownTraceHint = true;
    msg += `\n(Use \`node --trace-${isDeprecation ? 'deprecation' : 'warnings'} ...\` to show where the warning was created)`;
  }
  writeOut(msg + '\n');
}
let shownTraceHint = false;

// Warnings go to stderr, or are appended to the file NODE_REDIRECT_WARNINGS
// names (back to stderr when it cannot be written), as node's.
let warningFile;
function writeOut(text) {
  if (warningFile === undefined) {
    warningFile = process.env.NODE_REDIRECT_WARNINGS || '';
    const files = require('internal/options').optionValues('--redirect-warnings');
    if (files.length > 0) warningFile = files[files.length - 1];
  }
  if (warningFile !== '') {
    try {
      require('fs').appendFileSync(warningFile, text);
      return;
    } catch {
      // fall back to stderr
    }
  }
  // through console.error (process.stderr), as Node writes them, so a
  // program that replaced process.stderr.write sees its warnings
  try {
    const con = globalThis.console;
    if (typeof con?.error === 'function') con.error(text.endsWith('\n') ? text.slice(0, -1) : text);
    else internalBinding('process').writeString(2, text);
  } catch {
    // stderr cannot be written: a warning is not worth an error.
  }
}

function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined && typeof type !== 'string') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('type', 'string', type);
  }
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined && typeof code !== 'string') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('code', 'string', code);
  }
  if (typeof warning === 'string') {
    warning = createWarningObject(warning, type || 'Warning', code, ctor, detail);
  } else if (!(warning instanceof Error)) {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    if (process.throwDeprecation) {
      // As node: thrown from the next tick, after the warnings before it
      // were written.
      process.nextTick(() => { throw warning; });
      return;
    }
  }
  if (!listening) {
    listening = true;
    // --no-warnings (or NODE_NO_WARNINGS=1) only silences the printing:
    // the 'warning' event is still emitted.
    const { hasOption } = require('internal/options');
    if (!hasOption('--no-warnings') && process.env.NODE_NO_WARNINGS !== '1') process.on('warning', onWarning);
  }
  process.nextTick(() => process.emit('warning', warning));
}

function createWarningObject(warning, type, code, ctor, detail) {
  const err = new Error(warning);
  err.name = String(type || 'Warning');
  if (code !== undefined) err.code = code;
  if (detail !== undefined) err.detail = detail;
  return err;
}

module.exports = { emitWarning };
