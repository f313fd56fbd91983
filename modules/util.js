'use strict';
// The public `util` module.

const {
  inspect,
  format,
  formatWithOptions,
  stripVTControlCharacters,
} = require('internal/util/inspect');
const {
  deprecate,
  promisify,
  getSystemErrorMap,
  getSystemErrorName,
  toUSVString,
} = require('internal/util');
const types = require('util/types');

let errorsModule;
function lazyErrors() {
  if (errorsModule === undefined) errorsModule = require('internal/errors');
  return errorsModule;
}
function codes() {
  return lazyErrors().codes;
}

// ---------------------------------------------------------------------------
// Legacy type checks

function isBoolean(arg) {
  return typeof arg === 'boolean';
}

function isBuffer(arg) {
  return require('buffer').Buffer.isBuffer(arg);
}

function isNull(arg) {
  return arg === null;
}

function isNullOrUndefined(arg) {
  return arg === null || arg === undefined;
}

function isNumber(arg) {
  return typeof arg === 'number';
}

function isString(arg) {
  return typeof arg === 'string';
}

function isSymbol(arg) {
  return typeof arg === 'symbol';
}

function isUndefined(arg) {
  return arg === undefined;
}

function isRegExp(arg) {
  return types.isRegExp(arg);
}

function isObject(arg) {
  return arg !== null && typeof arg === 'object';
}

function isDate(arg) {
  return types.isDate(arg);
}

function isError(arg) {
  return types.isNativeError(arg) || arg instanceof Error;
}

function isFunction(arg) {
  return typeof arg === 'function';
}

function isPrimitive(arg) {
  return arg === null || (typeof arg !== 'object' && typeof arg !== 'function');
}

// ---------------------------------------------------------------------------

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  for (let i = keys.length - 1; i >= 0; i--) target[keys[i]] = source[keys[i]];
  return target;
}

function inherits(ctor, superCtor) {
  const { ERR_INVALID_ARG_TYPE } = codes();
  if (ctor === undefined || ctor === null) {
    throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  }
  if (superCtor === undefined || superCtor === null) {
    throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', {
    __proto__: null, value: superCtor, writable: true, configurable: true,
  });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

function callbackify(original) {
  if (typeof original !== 'function') {
    throw new (codes().ERR_INVALID_ARG_TYPE)('original', 'Function', original);
  }
  function callbackified(...args) {
    const maybeCb = args.pop();
    if (typeof maybeCb !== 'function') {
      throw new (codes().ERR_INVALID_ARG_TYPE)('last argument', 'Function', maybeCb);
    }
    const cb = maybeCb.bind(this);
    Reflect.apply(original, this, args).then(
      (ret) => process.nextTick(cb, null, ret),
      (rej) => process.nextTick(callbackifyOnRejected, rej, cb));
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (descriptors.length && typeof descriptors.length.value === 'number') {
    descriptors.length.value++;
  }
  if (descriptors.name && typeof descriptors.name.value === 'string') {
    descriptors.name.value += 'Callbackified';
  }
  for (const key of Reflect.ownKeys(descriptors)) {
    try {
      Object.defineProperty(callbackified, key, descriptors[key]);
    } catch {
      // e.g. non-configurable 'prototype' of the wrapper
    }
  }
  return callbackified;
}

function callbackifyOnRejected(reason, cb) {
  // A falsy rejection reason cannot be passed as the error argument.
  if (!reason) {
    const err = new (codes().ERR_FALSY_VALUE_REJECTION)(reason);
    err.reason = reason;
    reason = err;
  }
  return cb(reason);
}

function isDeepStrictEqual(a, b) {
  return require('internal/util/comparisons').isDeepStrictEqual(a, b);
}

// ---------------------------------------------------------------------------
// debuglog

let debugEnvRegExp;
function debugEnabled(set) {
  if (debugEnvRegExp === undefined) {
    let env = readStartupEnv('NODE_DEBUG');
    if (env) {
      env = env.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*').replace(/,/g, '$|^');
      debugEnvRegExp = new RegExp(`^(${env})$`, 'i');
    } else {
      debugEnvRegExp = null;
    }
  }
  return debugEnvRegExp !== null && debugEnvRegExp.test(set);
}

// NODE_DEBUG is read from the environment the process started with, like
// Node does during bootstrap; later changes to process.env have no effect.
function readStartupEnv(name) {
  let env;
  try {
    env = internalBinding('process').env;
  } catch {
    env = undefined;
  }
  if (Array.isArray(env)) {
    const prefix = `${name}=`;
    for (const entry of env) {
      if (typeof entry === 'string' && entry.startsWith(prefix)) return entry.slice(prefix.length);
    }
    return undefined;
  }
  return process.env[name];
}

function shouldColorize(stream) {
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) {
    return force === '' || force === '1' || force === 'true' || force === '2' || force === '3';
  }
  return !!(stream && stream.isTTY &&
    (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true));
}

function debuglog(set, cb) {
  let impl;
  let enabled;
  function init() {
    set = set.toUpperCase();
    enabled = debugEnabled(set);
  }
  function getImpl() {
    if (impl === undefined) {
      if (enabled === undefined) init();
      if (enabled) {
        const name = set;
        impl = function debug(...args) {
          const colors = shouldColorize(process.stderr);
          const msg = formatWithOptions({ colors }, ...args);
          const pid = inspect(process.pid, { colors });
          process.stderr.write(format('%s %s: %s\n', name, pid, msg));
        };
      } else {
        impl = function noop() {};
      }
      if (typeof cb === 'function') cb(impl);
    }
    return impl;
  }
  const logger = (...args) => {
    Reflect.apply(getImpl(), undefined, args);
  };
  Object.defineProperty(logger, 'enabled', {
    __proto__: null,
    get() {
      if (enabled === undefined) init();
      return enabled;
    },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

// ---------------------------------------------------------------------------
// styleText

function isNodeStreamLike(obj) {
  return !!obj && (typeof obj === 'object' || typeof obj === 'function') &&
    (obj._readableState != null || obj._writableState != null ||
     (typeof obj.on === 'function' &&
      (typeof obj.write === 'function' || typeof obj.pipe === 'function')));
}

function isWebStreamLike(obj) {
  return !!obj && typeof obj === 'object' &&
    ((typeof obj.pipeThrough === 'function' && typeof obj.getReader === 'function' &&
      typeof obj.cancel === 'function') ||
     (typeof obj.getWriter === 'function' && typeof obj.abort === 'function'));
}

function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } = codes();
  if (typeof text !== 'string') throw new ERR_INVALID_ARG_TYPE('text', 'string', text);
  if (typeof validateStream !== 'boolean') {
    throw new ERR_INVALID_ARG_TYPE('options.validateStream', 'boolean', validateStream);
  }
  let skipColors = false;
  if (validateStream) {
    if (!isNodeStreamLike(stream) && !isWebStreamLike(stream)) {
      throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
    skipColors = !shouldColorize(stream);
  }
  const colors = inspect.colors;
  const invalid = (value) => new ERR_INVALID_ARG_VALUE('format', value,
    `must be one of: ${Object.keys(colors).map((k) => `'${k}'`).join(', ')}`);
  if (Array.isArray(format)) {
    let left = '';
    let right = '';
    for (const key of format) {
      const codePair = typeof key === 'string' && Object.prototype.hasOwnProperty.call(colors, key) ?
        colors[key] : undefined;
      if (codePair === undefined) throw invalid(key);
      left += `\u001b[${codePair[0]}m`;
      right = `\u001b[${codePair[1]}m${right}`;
    }
    return `${left}${text}${right}`;
  }
  const codePair = typeof format === 'string' &&
    Object.prototype.hasOwnProperty.call(colors, format) ? colors[format] : undefined;
  if (codePair === undefined) throw invalid(format);
  if (skipColors) return text;
  return `\u001b[${codePair[0]}m${text}\u001b[${codePair[1]}m`;
}

// ---------------------------------------------------------------------------
// util.log (timestamped console.log)

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function pad2(n) {
  return n < 10 ? `0${n}` : `${n}`;
}
function timestamp() {
  const d = new Date();
  const time = `${pad2(d.getHours())}:${pad2(d.getMinutes())}:${pad2(d.getSeconds())}`;
  return `${d.getDate()} ${months[d.getMonth()]} ${time}`;
}
function log(...args) {
  globalThis.console.log('%s - %s', timestamp(), format(...args));
}

// ---------------------------------------------------------------------------
// Abort helpers

function lazyAbortController() {
  return require('internal/abort_controller');
}

async function aborted(signal, resource) {
  const { ERR_INVALID_ARG_TYPE } = codes();
  if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE('resource', 'object', resource);
  }
  if (signal.aborted) return undefined;
  return new Promise((resolve) => {
    signal.addEventListener('abort', resolve, { __proto__: null, once: true });
  });
}

function transferableAbortSignal(signal) {
  const { AbortSignal } = lazyAbortController();
  if (signal === null || typeof signal !== 'object' || !(signal instanceof AbortSignal)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)('signal', 'AbortSignal', signal);
  }
  return signal;
}

function transferableAbortController() {
  const { AbortController } = lazyAbortController();
  return new AbortController();
}

// ---------------------------------------------------------------------------
// parseEnv: dotenv-format parser.

function trimSpaces(s) {
  let start = 0;
  let end = s.length;
  while (start < end && s[start] === ' ') start++;
  while (end > start && s[end - 1] === ' ') end--;
  return s.slice(start, end);
}

function parseEnv(content) {
  if (typeof content !== 'string') {
    throw new (codes().ERR_INVALID_ARG_TYPE)('content', 'string', content);
  }
  const entries = new Map();
  const source = trimSpaces(content.replace(/\r/g, ''));
  let rest = source;
  // Drops everything up to the first newline at or after `from`, keeping the
  // newline itself (the next round skips it).
  const skipFrom = (from) => {
    const nl = rest.indexOf('\n', from);
    rest = nl === -1 ? '' : rest.slice(nl);
  };
  while (rest.length > 0) {
    if (rest[0] === '\n' || rest[0] === '#') {
      const nl = rest.indexOf('\n');
      if (nl !== -1) {
        rest = rest.slice(nl + 1);
        continue;
      }
    }
    const consumed = source.length - rest.length;
    const eq = rest.indexOf('=');
    if (eq === -1) break;
    const rawKey = rest.slice(0, eq);
    let key = trimSpaces(rawKey);
    if (key.length === 0 && rawKey.length > 0 && consumed > 0) {
      // Node's native parser reads one character before a key made only of
      // spaces (e.g. the newline ending the previous line); mirror that.
      const prev = source[consumed - 1];
      if (prev !== ' ') key = prev;
    }
    rest = trimSpaces(rest.slice(eq + 1));
    if (key.length === 0) break;
    if (key.startsWith('export ')) key = key.slice(7);
    if (rest.length === 0) {
      entries.set(key, '');
      break;
    }
    const q = rest[0];
    if (q === '"') {
      const close = rest.indexOf('"', 1);
      if (close !== -1) {
        entries.set(key, rest.slice(1, close).replace(/\\n/g, '\n'));
        skipFrom(close + 1);
        continue;
      }
    }
    if (q === '"' || q === '\'' || q === '`') {
      const close = rest.indexOf(q, 1);
      if (close === -1) {
        const nl = rest.indexOf('\n');
        if (nl === -1) continue; // unterminated: parse the rest again
        entries.set(key, rest.slice(0, nl));
        rest = rest.slice(nl);
      } else {
        entries.set(key, rest.slice(1, close));
        skipFrom(close + 1);
      }
    } else {
      const nl = rest.indexOf('\n');
      let value = nl === -1 ? rest : rest.slice(0, nl);
      const hash = value.indexOf('#');
      if (hash !== -1) value = value.slice(0, hash);
      entries.set(key, trimSpaces(value));
      rest = nl === -1 ? '' : rest.slice(nl);
    }
  }
  // Keys come out in byte order, like Node's native parser.
  const result = {};
  for (const key of Array.from(entries.keys()).sort()) result[key] = entries.get(key);
  return result;
}

// ---------------------------------------------------------------------------

function _errnoException(...args) {
  return Reflect.apply(lazyErrors().ErrnoException, undefined, args);
}

function _exceptionWithHostPort(...args) {
  return Reflect.apply(lazyErrors().ExceptionWithHostPort, undefined, args);
}

module.exports = {
  _errnoException,
  _exceptionWithHostPort,
  _extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect,
  isArray: Array.isArray,
  isBoolean,
  isBuffer,
  isDeepStrictEqual,
  isNull,
  isNullOrUndefined,
  isNumber,
  isString,
  isSymbol,
  isUndefined,
  isRegExp,
  isObject,
  isDate,
  isError,
  isFunction,
  isPrimitive,
  log,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  transferableAbortSignal: undefined,
  transferableAbortController: undefined,
  aborted: undefined,
  types,
  parseEnv,
  parseArgs: undefined,
  TextDecoder: undefined,
  TextEncoder: undefined,
  MIMEType: undefined,
  MIMEParams: undefined,
};

// Lazily loaded members are accessors, as in Node.
function defineLazy(name, load) {
  let value;
  let loaded = false;
  function get() {
    if (!loaded) {
      value = load();
      loaded = true;
    }
    return value;
  }
  Object.defineProperty(get, 'name', { __proto__: null, value: `get ${name}` });
  function set(v) {
    Object.defineProperty(module.exports, name, {
      __proto__: null, value: v, writable: true, enumerable: true, configurable: true,
    });
  }
  Object.defineProperty(set, 'name', { __proto__: null, value: `set ${name}` });
  Object.defineProperty(module.exports, name, {
    __proto__: null, get, set, enumerable: true, configurable: true,
  });
}

defineLazy('transferableAbortSignal', () => transferableAbortSignal);
defineLazy('transferableAbortController', () => transferableAbortController);
defineLazy('aborted', () => aborted);
defineLazy('parseArgs', () => require('internal/util/parse_args').parseArgs);
defineLazy('TextDecoder', () => require('internal/encoding').TextDecoder);
defineLazy('TextEncoder', () => require('internal/encoding').TextEncoder);
defineLazy('MIMEType', () => require('internal/mime').MIMEType);
defineLazy('MIMEParams', () => require('internal/mime').MIMEParams);
