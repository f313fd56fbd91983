'use strict';
// The `assert` module.

const { AssertionError } = require('internal/assert/assertion_error');
const { inspect } = require('internal/util/inspect');
const {
  codes: {
    ERR_AMBIGUOUS_ARGUMENT,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_RETURN_VALUE,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { isPromise, isRegExp } = require('util/types');

let comparisons;
function lazyComparisons() {
  if (comparisons === undefined) comparisons = require('internal/util/comparisons');
  return comparisons;
}

const NO_EXCEPTION = {};

function innerFail(obj) {
  if (obj.message instanceof Error) throw obj.message;
  throw new AssertionError(obj);
}

let warnedFailArgs = false;

function fail(actual, expected, message, operator, stackStartFn) {
  const argsLen = arguments.length;
  let internalMessage = false;
  if (actual == null && argsLen <= 1) {
    internalMessage = true;
    message = 'Failed';
  } else if (argsLen === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (!warnedFailArgs) {
      warnedFailArgs = true;
      process.emitWarning(
        'assert.fail() with more than one argument is deprecated. ' +
          'Please use assert.strictEqual() instead or only pass a message.',
        'DeprecationWarning',
        'DEP0094');
    }
    if (argsLen === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  const err = new AssertionError({
    actual,
    expected,
    operator: operator === undefined ? 'fail' : operator,
    stackStartFn: stackStartFn || fail,
    message,
  });
  if (internalMessage) err.generatedMessage = true;
  throw err;
}

// ---------------------------------------------------------------------------
// assert.ok and the message naming the failed expression

function isIdentifierChar(ch) {
  return /[\w$\u0080-\uffff]/.test(ch);
}

const kKeywordsBeforeParen = new Set([
  'if', 'while', 'for', 'switch', 'catch', 'with', 'return', 'typeof', 'void',
  'delete', 'in', 'of', 'instanceof', 'new', 'case', 'do', 'else', 'throw',
  'yield', 'await', 'function', 'class', 'const', 'let', 'var', 'export',
]);

// A tiny scanner for JavaScript source: returns tokens with their kind and
// span, treating strings, template literals, regular expressions and comments
// as opaque units.
function tokenize(src) {
  const tokens = [];
  let i = 0;
  const n = src.length;
  const regexAllowedAfter = (tok) => {
    if (tok === undefined) return true;
    if (tok.kind === 'ident') return kKeywordsBeforeParen.has(tok.text);
    if (tok.kind === 'punct') return !(tok.text === ')' || tok.text === ']' || tok.text === '}');
    return false;
  };
  while (i < n) {
    const ch = src[i];
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f' || ch === '\v') {
      i++;
      continue;
    }
    const start = i;
    if (ch === '/' && src[i + 1] === '/') {
      while (i < n && src[i] !== '\n') i++;
      continue;
    }
    if (ch === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      i = end === -1 ? n : end + 2;
      continue;
    }
    if (ch === '"' || ch === '\'') {
      i++;
      while (i < n && src[i] !== ch && src[i] !== '\n') {
        if (src[i] === '\\') i++;
        i++;
      }
      i++;
      tokens.push({ kind: 'string', start, end: i });
      continue;
    }
    if (ch === '`') {
      i++;
      let depth = 0;
      while (i < n) {
        const c = src[i];
        if (c === '\\') {
          i += 2;
          continue;
        }
        if (depth === 0 && c === '`') break;
        if (c === '$' && src[i + 1] === '{') {
          depth++;
          i += 2;
          continue;
        }
        if (depth > 0 && c === '}') depth--;
        i++;
      }
      i++;
      tokens.push({ kind: 'template', start, end: i });
      continue;
    }
    if (ch === '/' && regexAllowedAfter(tokens[tokens.length - 1])) {
      i++;
      let inClass = false;
      while (i < n && src[i] !== '\n') {
        const c = src[i];
        if (c === '\\') {
          i += 2;
          continue;
        }
        if (c === '[') inClass = true;
        else if (c === ']') inClass = false;
        else if (c === '/' && !inClass) break;
        i++;
      }
      i++;
      while (i < n && isIdentifierChar(src[i])) i++;
      tokens.push({ kind: 'regexp', start, end: i });
      continue;
    }
    if (isIdentifierChar(ch)) {
      while (i < n && isIdentifierChar(src[i])) i++;
      const text = src.slice(start, i);
      tokens.push({ kind: /^[0-9]/.test(text) ? 'number' : 'ident', text, start, end: i });
      continue;
    }
    if (ch === '?' && src[i + 1] === '.' && !/[0-9]/.test(src[i + 2] || '')) {
      i += 2;
      tokens.push({ kind: 'punct', text: '?.', start, end: i });
      continue;
    }
    i++;
    tokens.push({ kind: 'punct', text: ch, start, end: i });
  }
  return tokens;
}

// Finds the call expression evaluated at source offset `pos`: the innermost
// call whose text contains `pos`, preferring calls of something named like
// an assert function.
function findCallAt(src, pos) {
  const tokens = tokenize(src);
  const match = new Array(tokens.length).fill(-1);
  const stack = [];
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t];
    if (tok.kind !== 'punct') continue;
    if (tok.text === '(' || tok.text === '[' || tok.text === '{') {
      stack.push(t);
    } else if (tok.text === ')' || tok.text === ']' || tok.text === '}') {
      const open = stack.pop();
      if (open !== undefined) {
        match[open] = t;
        match[t] = open;
      }
    }
  }

  const calleeStart = (t) => {
    // `t` is the index of the token right before the argument list.
    let first = t;
    while (first >= 0) {
      const tok = tokens[first];
      if (tok.kind === 'ident' || tok.kind === 'template') {
        // keep going
      } else if (tok.kind === 'punct' && (tok.text === ')' || tok.text === ']')) {
        if (match[first] < 0) break;
        first = match[first];
      } else {
        break;
      }
      const before = tokens[first - 1];
      if (before && before.kind === 'punct' && (before.text === '.' || before.text === '?.')) {
        first -= 2;
        continue;
      }
      if (tokens[first].kind === 'punct' && before &&
          (before.kind === 'ident' || (before.kind === 'punct' &&
           (before.text === ')' || before.text === ']')))) {
        // a call or member access: `f(a)(b)`, `a[0](b)`
        first -= 1;
        continue;
      }
      break;
    }
    return first;
  };

  let best;
  let bestNamed;
  for (let t = 1; t < tokens.length; t++) {
    const tok = tokens[t];
    if (tok.kind !== 'punct' || tok.text !== '(' || match[t] < 0) continue;
    const prev = tokens[t - 1];
    const isCall = (prev.kind === 'ident' && !kKeywordsBeforeParen.has(prev.text)) ||
      prev.kind === 'template' ||
      (prev.kind === 'punct' && (prev.text === ')' || prev.text === ']' || prev.text === '?.'));
    if (!isCall) continue;
    const first = calleeStart(prev.text === '?.' ? t - 2 : t - 1);
    if (first < 0 || first >= t) continue;
    const start = tokens[first].start;
    const end = tokens[match[t]].end;
    if (start > pos || end <= pos) continue;
    if (best === undefined || start >= best.start) best = { start, end };
    let calleeName = '';
    const before = tokens[t - 1];
    if (before.kind === 'ident') calleeName = before.text;
    else if (before.kind === 'punct' && before.text === ')' && match[t - 1] >= 0) {
      const inner = tokens[match[t - 1] - 1 >= 0 ? t - 2 : t - 1];
      if (inner && inner.kind === 'ident') calleeName = inner.text;
    }
    if (/^(assert|ok|strict)$/i.test(calleeName) || /assert/i.test(calleeName)) {
      if (bestNamed === undefined || start >= bestNamed.start) bestNamed = { start, end };
    }
  }
  return bestNamed || best;
}

let stackIsV8Style;

function callSiteOf(fn) {
  const holder = {};
  if (typeof Error.captureStackTrace === 'function') {
    Error.captureStackTrace(holder, fn);
  } else {
    holder.stack = new Error().stack;
  }
  const stack = typeof holder.stack === 'string' ? holder.stack : '';
  for (const line of stack.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed.startsWith('at ')) continue;
    const m = /\(?((?:file:\/\/)?[^()\s]+?):(\d+):(\d+)\)?$/.exec(trimmed);
    if (m === null) return undefined;
    if (m[1].startsWith('node:')) continue;
    return { file: m[1], line: +m[2], column: +m[3] };
  }
  return undefined;
}

function readSource(file) {
  if (file.startsWith('file://')) {
    file = require('url').fileURLToPath(file);
  }
  if (!file.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(file)) return undefined;
  try {
    return require('fs').readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function getErrMessage(fn) {
  let site;
  try {
    site = callSiteOf(fn);
  } catch {
    return undefined;
  }
  if (site === undefined) return undefined;
  const src = readSource(site.file);
  if (src === undefined) return undefined;
  let lineStart = 0;
  for (let l = 1; l < site.line; l++) {
    const nl = src.indexOf('\n', lineStart);
    if (nl === -1) return undefined;
    lineStart = nl + 1;
  }
  // The runtime reports columns as in the file (wrapper text excluded).
  const column = site.column - 1;
  // The reported position can be anywhere inside the call (engines differ),
  // possibly on a later line than the call starts: scan from the file start.
  const found = findCallAt(src, lineStart + column);
  if (found === undefined) return undefined;
  const text = src.slice(found.start, found.end);
  // Column of the expression within its first line.
  const exprColumn = found.start - (src.lastIndexOf('\n', found.start - 1) + 1);
  const lines = text.split('\n');
  let message = lines[0];
  for (let i = 1; i < lines.length; i++) {
    const frame = lines[i].replace(/\r$/, '');
    let p = 0;
    while (p < exprColumn && (frame[p] === ' ' || frame[p] === '\t')) p++;
    message += `\n  ${frame.slice(p)}`;
  }
  return `The expression evaluated to a falsy value:\n\n  ${message}\n`;
}

function innerOk(fn, argLen, value, message) {
  if (!value) {
    let generatedMessage = false;
    if (argLen === 0) {
      generatedMessage = true;
      message = 'No value argument passed to `assert.ok()`';
    } else if (message == null) {
      generatedMessage = true;
      message = getErrMessage(fn);
    } else if (message instanceof Error) {
      throw message;
    }
    const err = new AssertionError({
      actual: value,
      expected: true,
      message,
      operator: '==',
      stackStartFn: fn,
    });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

function ok(...args) {
  innerOk(ok, args.length, ...args);
}

const assert = ok;
module.exports = assert;

assert.fail = fail;
assert.AssertionError = AssertionError;
assert.ok = ok;

// ---------------------------------------------------------------------------
// Comparisons

function equal(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  // eslint-disable-next-line eqeqeq
  if (actual != expected && (!Number.isNaN(actual) || !Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: '==', stackStartFn: equal });
  }
}

function notEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (Number.isNaN(actual) && Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: '!=', stackStartFn: notEqual });
  }
}

function deepEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (!lazyComparisons().isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual });
  }
}

function notDeepEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (lazyComparisons().isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual });
  }
}

function deepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (!lazyComparisons().isDeepStrictEqual(actual, expected)) {
    innerFail({
      actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual,
    });
  }
}

function notDeepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (lazyComparisons().isDeepStrictEqual(actual, expected)) {
    innerFail({
      actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual,
    });
  }
}

function strictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (!Object.is(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual });
  }
}

function notStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (Object.is(actual, expected)) {
    innerFail({
      actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual,
    });
  }
}

assert.equal = equal;
assert.notEqual = notEqual;
assert.deepEqual = deepEqual;
assert.notDeepEqual = notDeepEqual;
assert.deepStrictEqual = deepStrictEqual;
assert.notDeepStrictEqual = notDeepStrictEqual;
assert.strictEqual = strictEqual;
assert.notStrictEqual = notStrictEqual;

// ---------------------------------------------------------------------------
// throws / rejects

// Only the keys named by the validation object, for a readable diff.
class Comparison {
  constructor(obj, keys, actual) {
    for (const key of keys) {
      if (key in obj) {
        if (actual !== undefined && typeof actual[key] === 'string' && isRegExp(obj[key]) &&
            RegExp.prototype.exec.call(obj[key], actual[key]) !== null) {
          this[key] = actual[key];
        } else {
          this[key] = obj[key];
        }
      }
    }
  }
}

function compareExceptionKey(actual, expected, key, message, keys, fn) {
  if (!(key in actual) || !lazyComparisons().isDeepStrictEqual(actual[key], expected[key])) {
    if (!message) {
      const a = new Comparison(actual, keys);
      const b = new Comparison(expected, keys, actual);
      const err = new AssertionError({
        actual: a,
        expected: b,
        operator: 'deepStrictEqual',
        stackStartFn: fn,
      });
      err.actual = actual;
      err.expected = expected;
      err.operator = fn.name;
      throw err;
    }
    innerFail({ actual, expected, message, operator: fn.name, stackStartFn: fn });
  }
}

function isErrorValue(value) {
  return require('util/types').isNativeError(value) || value instanceof Error;
}

function expectedException(actual, expected, message, fn) {
  let generatedMessage = false;
  let throwError = false;

  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      const str = String(actual);
      if (RegExp.prototype.exec.call(expected, str) !== null) return;
      if (!message) {
        generatedMessage = true;
        message = 'The input did not match the regular expression ' +
          `${inspect(expected)}. Input:\n\n${inspect(str)}\n`;
      }
      throwError = true;
    } else if (typeof actual !== 'object' || actual === null) {
      const err = new AssertionError({
        actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn,
      });
      err.operator = fn.name;
      throw err;
    } else {
      const keys = Object.keys(expected);
      if (expected instanceof Error) {
        keys.push('name', 'message');
      } else if (keys.length === 0) {
        throw new ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
      }
      for (const key of keys) {
        if (typeof actual[key] === 'string' && isRegExp(expected[key]) &&
            RegExp.prototype.exec.call(expected[key], actual[key]) !== null) {
          continue;
        }
        compareExceptionKey(actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (Object.prototype.isPrototypeOf.call(Error, expected)) {
    if (!message) {
      generatedMessage = true;
      message = 'The error is expected to be an instance of ' +
        `"${expected.name}". Received `;
      if (isErrorValue(actual)) {
        const name = (actual.constructor && actual.constructor.name) || actual.name;
        if (expected.name === name) {
          message += 'an error with identical name but a different prototype.';
        } else {
          message += `"${name}"`;
        }
        if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
      } else {
        message += `"${inspect(actual, { depth: -1 })}"`;
      }
    }
    throwError = true;
  } else {
    const res = Reflect.apply(expected, {}, [actual]);
    if (res !== true) {
      if (!message) {
        generatedMessage = true;
        const name = expected.name ? `"${expected.name}" ` : '';
        message = `The ${name}validation function is expected to return` +
          ` "true". Received ${inspect(res)}`;
        if (isErrorValue(actual)) message += `\n\nCaught error:\n\n${actual}`;
      }
      throwError = true;
    }
  }

  if (throwError) {
    const err = new AssertionError({
      actual, expected, message, operator: fn.name, stackStartFn: fn,
    });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

function getActual(fn) {
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', 'Function', fn);
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

function checkIsPromise(obj) {
  return isPromise(obj) ||
    (obj !== null && typeof obj === 'object' &&
     typeof obj.then === 'function' && typeof obj.catch === 'function');
}

async function waitForActual(promiseFn) {
  let resultPromise;
  if (typeof promiseFn === 'function') {
    resultPromise = promiseFn();
    if (!checkIsPromise(resultPromise)) {
      throw new ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', resultPromise);
    }
  } else if (checkIsPromise(promiseFn)) {
    resultPromise = promiseFn;
  } else {
    throw new ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await resultPromise;
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

function expectsError(stackStartFn, actual, error, message) {
  if (typeof error === 'string') {
    if (arguments.length === 4) {
      throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw new ERR_AMBIGUOUS_ARGUMENT(
          'error/message', `The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === error) {
      throw new ERR_AMBIGUOUS_ARGUMENT(
        'error/message', `The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }

  if (actual === NO_EXCEPTION) {
    let details = '';
    if (error && error.name) details += ` (${error.name})`;
    details += message ? `: ${message}` : '.';
    const fnType = stackStartFn === rejects ? 'rejection' : 'exception';
    innerFail({
      actual: undefined,
      expected: error,
      operator: stackStartFn.name,
      message: `Missing expected ${fnType}${details}`,
      stackStartFn,
    });
  }

  if (!error) return;
  expectedException(actual, error, message, stackStartFn);
}

function hasMatchingError(actual, expected) {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      const str = String(actual);
      return RegExp.prototype.exec.call(expected, str) !== null;
    }
    throw new ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Object.prototype.isPrototypeOf.call(Error, expected)) return false;
  return Reflect.apply(expected, {}, [actual]) === true;
}

function expectsNoError(stackStartFn, actual, error, message) {
  if (actual === NO_EXCEPTION) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || hasMatchingError(actual, error)) {
    const details = message ? `: ${message}` : '.';
    const fnType = stackStartFn === doesNotReject ? 'rejection' : 'exception';
    innerFail({
      actual,
      expected: error,
      operator: stackStartFn.name,
      message: `Got unwanted ${fnType}${details}\n` +
        `Actual message: "${actual && actual.message}"`,
      stackStartFn,
    });
  }
  throw actual;
}

function throws(promiseFn, ...args) {
  expectsError(throws, getActual(promiseFn), ...args);
}

async function rejects(promiseFn, ...args) {
  expectsError(rejects, await waitForActual(promiseFn), ...args);
}

function doesNotThrow(fn, ...args) {
  expectsNoError(doesNotThrow, getActual(fn), ...args);
}

async function doesNotReject(fn, ...args) {
  expectsNoError(doesNotReject, await waitForActual(fn), ...args);
}

assert.throws = throws;
assert.rejects = rejects;
assert.doesNotThrow = doesNotThrow;
assert.doesNotReject = doesNotReject;

// ---------------------------------------------------------------------------

function ifError(err) {
  if (err !== null && err !== undefined) {
    let message = 'ifError got unwanted exception: ';
    if (typeof err === 'object' && typeof err.message === 'string') {
      if (err.message.length === 0 && err.constructor) {
        message += err.constructor.name;
      } else {
        message += err.message;
      }
    } else {
      message += inspect(err);
    }
    const newErr = new AssertionError({
      actual: err,
      expected: null,
      operator: 'ifError',
      message,
      stackStartFn: ifError,
    });
    throw newErr;
  }
}

function internalMatch(string, regexp, message, fn) {
  if (!isRegExp(regexp)) throw new ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  const match = fn === assert.match;
  if (typeof string !== 'string' ||
      (RegExp.prototype.exec.call(regexp, string) !== null) !== match) {
    if (message instanceof Error) throw message;
    const generatedMessage = !message;
    message = message || (typeof string !== 'string' ?
      'The "string" argument must be of type string. Received type ' +
        `${typeof string} (${inspect(string)})` :
      (match ?
        'The input did not match the regular expression ' :
        'The input was expected to not match the regular expression ') +
          `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`);
    const err = new AssertionError({
      actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn,
    });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

function match(string, regexp, message) {
  internalMatch(string, regexp, message, match);
}

function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, doesNotMatch);
}

assert.ifError = ifError;
assert.match = match;
assert.doesNotMatch = doesNotMatch;

// ---------------------------------------------------------------------------
// CallTracker (deprecated in Node 20, still available)

class CallTracker {
  #calls = new Set();

  #lookup(fn) {
    for (const ctx of this.#calls) if (ctx.tracked === fn) return ctx;
    return undefined;
  }

  calls(fn, expected = 1) {
    if (typeof fn === 'number') {
      expected = fn;
      fn = undefined;
    }
    if (fn === undefined) fn = (() => function() {})();
    if (typeof expected !== 'number') throw new ERR_INVALID_ARG_TYPE('expected', 'number', expected);
    if (!Number.isInteger(expected)) {
      const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');
      throw new ERR_OUT_OF_RANGE('expected', 'an integer', expected);
    }
    if (expected < 1 || expected > 4294967295) {
      const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');
      throw new ERR_OUT_OF_RANGE('expected', '>= 1 && <= 4294967295', expected);
    }
    const ctx = { expected, actual: 0, calls: [], name: fn.name || 'calls', stackTrace: new Error() };
    const tracked = new Proxy(fn, {
      __proto__: null,
      apply(target, thisArg, argList) {
        ctx.actual++;
        ctx.calls.push(Object.freeze({ thisArg, arguments: Object.freeze(argList.slice()) }));
        return Reflect.apply(target, thisArg, argList);
      },
    });
    ctx.tracked = tracked;
    this.#calls.add(ctx);
    return tracked;
  }

  getCalls(fn) {
    const ctx = this.#lookup(fn);
    if (ctx === undefined) {
      throw new ERR_INVALID_ARG_VALUE('tracked', fn, 'is not a tracked function');
    }
    return Object.freeze(ctx.calls.slice());
  }

  reset(fn) {
    if (fn === undefined) {
      for (const ctx of this.#calls) {
        ctx.actual = 0;
        ctx.calls = [];
      }
      return;
    }
    const ctx = this.#lookup(fn);
    if (ctx === undefined) {
      throw new ERR_INVALID_ARG_VALUE('tracked', fn, 'is not a tracked function');
    }
    ctx.actual = 0;
    ctx.calls = [];
  }

  report() {
    const errors = [];
    for (const ctx of this.#calls) {
      if (ctx.actual !== ctx.expected) {
        errors.push({
          message: `Expected the ${ctx.name} function to be executed ${ctx.expected} time(s) ` +
            `but was executed ${ctx.actual} time(s).`,
          actual: ctx.actual,
          expected: ctx.expected,
          operator: ctx.name,
          stack: ctx.stackTrace,
        });
      }
    }
    return errors;
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1 ?
      errors[0].message :
      'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: errors });
  }
}

assert.CallTracker = require('internal/util').deprecate(
  CallTracker, 'assert.CallTracker is deprecated.', 'DEP0173');

// ---------------------------------------------------------------------------
// assert.strict

function strict(...args) {
  innerOk(strict, args.length, ...args);
}

assert.strict = Object.assign(strict, assert, {
  equal: assert.strictEqual,
  deepEqual: assert.deepStrictEqual,
  notEqual: assert.notStrictEqual,
  notDeepEqual: assert.notDeepStrictEqual,
});

assert.strict.strict = assert.strict;
