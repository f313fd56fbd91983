'use strict';

// AbortController / AbortSignal, and a DOMException for engines that lack
// one (the runtime installs `DOMException` from here as a global when
// globalThis.DOMException is not defined).

const {
  EventTarget,
  Event,
  defineEventHandler,
  kTrustEvent,
  kResistStopPropagation,
  kWeakHandler,
} = require('internal/event_target');
const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const {
  validateUint32,
  validateAbortSignalArray,
} = require('internal/validators');

const kInspect = Symbol.for('nodejs.util.inspect.custom');

// ---------------------------------------------------------------------------
// DOMException

const legacyCodes = [
  ['IndexSizeError', 'INDEX_SIZE_ERR', 1],
  ['DOMStringSizeError', 'DOMSTRING_SIZE_ERR', 2],
  ['HierarchyRequestError', 'HIERARCHY_REQUEST_ERR', 3],
  ['WrongDocumentError', 'WRONG_DOCUMENT_ERR', 4],
  ['InvalidCharacterError', 'INVALID_CHARACTER_ERR', 5],
  ['NoDataAllowedError', 'NO_DATA_ALLOWED_ERR', 6],
  ['NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR', 7],
  ['NotFoundError', 'NOT_FOUND_ERR', 8],
  ['NotSupportedError', 'NOT_SUPPORTED_ERR', 9],
  ['InUseAttributeError', 'INUSE_ATTRIBUTE_ERR', 10],
  ['InvalidStateError', 'INVALID_STATE_ERR', 11],
  ['SyntaxError', 'SYNTAX_ERR', 12],
  ['InvalidModificationError', 'INVALID_MODIFICATION_ERR', 13],
  ['NamespaceError', 'NAMESPACE_ERR', 14],
  ['InvalidAccessError', 'INVALID_ACCESS_ERR', 15],
  ['ValidationError', 'VALIDATION_ERR', 16],
  ['TypeMismatchError', 'TYPE_MISMATCH_ERR', 17],
  ['SecurityError', 'SECURITY_ERR', 18],
  ['NetworkError', 'NETWORK_ERR', 19],
  ['AbortError', 'ABORT_ERR', 20],
  ['URLMismatchError', 'URL_MISMATCH_ERR', 21],
  ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR', 22],
  ['TimeoutError', 'TIMEOUT_ERR', 23],
  ['InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR', 24],
  ['DataCloneError', 'DATA_CLONE_ERR', 25],
];
const nameToCode = new Map(legacyCodes.map(([name, , code]) => [name, code]));

class WqDOMException {
  #name;
  #message;

  constructor(message = '', options = 'Error') {
    this.#message = `${message}`;
    if (options !== null && typeof options === 'object') {
      this.#name = 'name' in options ? `${options.name}` : 'Error';
      if ('cause' in options) {
        Object.defineProperty(this, 'cause', {
          __proto__: null, value: options.cause, configurable: true, writable: true, enumerable: false,
        });
      }
    } else {
      this.#name = `${options}`;
    }
    let stack;
    if (typeof Error.captureStackTrace === 'function') {
      const holder = {};
      Error.captureStackTrace(holder, new.target);
      stack = holder.stack;
    } else {
      stack = new Error().stack;
    }
    Object.defineProperty(this, 'stack', {
      __proto__: null, value: typeof stack === 'string' ? stack : '',
      writable: true, enumerable: false, configurable: true,
    });
    // Replace whatever header the engine put on the frames with "Name: msg".
    const header = this.#message ? `${this.#name}: ${this.#message}` : this.#name;
    const frames = this.stack;
    if (/^\s+at /.test(frames) || frames === '') {
      this.stack = frames === '' ? header : `${header}\n${frames.replace(/\n$/, '')}`;
    } else {
      const nl = frames.indexOf('\n');
      this.stack = nl === -1 ? header : header + frames.slice(nl);
    }
  }

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#name in self)) {
      throw new ERR_INVALID_THIS('DOMException');
    }
  }

  get name() {
    WqDOMException.#check(this);
    return this.#name;
  }

  get message() {
    WqDOMException.#check(this);
    return this.#message;
  }

  get code() {
    WqDOMException.#check(this);
    return nameToCode.get(this.#name) ?? 0;
  }
}

Object.setPrototypeOf(WqDOMException.prototype, Error.prototype);
Object.defineProperty(WqDOMException, 'name', { __proto__: null, value: 'DOMException' });
for (const key of ['name', 'message', 'code']) {
  const desc = Object.getOwnPropertyDescriptor(WqDOMException.prototype, key);
  desc.enumerable = true;
  Object.defineProperty(WqDOMException.prototype, key, desc);
}
Object.defineProperty(WqDOMException.prototype, Symbol.toStringTag, {
  __proto__: null, configurable: true, value: 'DOMException',
});
for (const [, constName, code] of legacyCodes) {
  const desc = { __proto__: null, enumerable: true, value: code };
  Object.defineProperty(WqDOMException, constName, desc);
  Object.defineProperty(WqDOMException.prototype, constName, desc);
}

// The engine's native DOMException gives errors without Node's stack
// header; the runtime installs this one as the global.
const DOMException = WqDOMException;

// ---------------------------------------------------------------------------
// AbortSignal

const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kComposite = Symbol('kComposite');
const kSourceSignals = Symbol('kSourceSignals');
const kDontThrowSymbol = Symbol('kDontThrowSymbol');

function customInspect(self, obj, depth, options, inspect) {
  if (depth < 0) return self;
  const opts = Object.assign({}, options, {
    depth: options.depth === null ? null : options.depth - 1,
  });
  const fn = typeof inspect === 'function' ? inspect : require('util').inspect;
  return `${self.constructor.name} ${fn(obj, opts)}`;
}

function validateThisAbortSignal(obj) {
  if (obj === null || typeof obj !== 'object' || obj[kAborted] === undefined) {
    throw new ERR_INVALID_THIS('AbortSignal');
  }
}

let timersModule;
function lazyTimers() {
  if (timersModule === undefined) {
    try {
      timersModule = require('timers');
    } catch {
      timersModule = globalThis; // only when developing under node (nodeload)
    }
  }
  return timersModule;
}

class AbortSignal extends EventTarget {
  constructor(key = undefined) {
    if (key !== kDontThrowSymbol) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    this[kAborted] = false;
    this[kReason] = undefined;
    this[kComposite] = false;
  }

  get aborted() {
    validateThisAbortSignal(this);
    return !!this[kAborted];
  }

  get reason() {
    validateThisAbortSignal(this);
    return this[kReason];
  }

  throwIfAborted() {
    validateThisAbortSignal(this);
    if (this[kAborted]) throw this[kReason];
  }

  [kInspect](depth, options, inspect) {
    return customInspect(this, { aborted: this.aborted }, depth, options, inspect);
  }

  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    return createAbortSignal({ aborted: true, reason });
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = createAbortSignal();
    const timer = lazyTimers().setTimeout(() => {
      abortSignal(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay);
    if (timer && typeof timer.unref === 'function') timer.unref();
    return signal;
  }

  static any(signals) {
    validateAbortSignalArray(signals, 'signals');
    const resultSignal = createAbortSignal({ composite: true });
    if (!signals.length) return resultSignal;
    resultSignal[kSourceSignals] = new Set();
    for (let i = 0; i < signals.length; i++) {
      const signal = signals[i];
      if (signal.aborted) {
        abortSignal(resultSignal, signal.reason);
        return resultSignal;
      }
    }
    for (let i = 0; i < signals.length; i++) {
      const signal = signals[i];
      resultSignal[kSourceSignals].add(signal);
      signal.addEventListener('abort', () => {
        abortSignal(resultSignal, signal.reason);
      }, { __proto__: null, once: true, [kWeakHandler]: resultSignal, [kResistStopPropagation]: true });
    }
    return resultSignal;
  }
}

for (const key of ['aborted', 'reason', 'throwIfAborted']) {
  const desc = Object.getOwnPropertyDescriptor(AbortSignal.prototype, key);
  desc.enumerable = true;
  Object.defineProperty(AbortSignal.prototype, key, desc);
}
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, {
  __proto__: null, writable: false, enumerable: false, configurable: true, value: 'AbortSignal',
});
defineEventHandler(AbortSignal.prototype, 'abort');

function createAbortSignal(init = {}) {
  const { aborted = false, reason = undefined, composite = false } = init;
  const signal = new AbortSignal(kDontThrowSymbol);
  signal[kAborted] = aborted;
  signal[kReason] = reason;
  signal[kComposite] = composite;
  return signal;
}

function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  const event = new Event('abort', { [kTrustEvent]: true });
  signal.dispatchEvent(event);
}

// ---------------------------------------------------------------------------
// AbortController

class AbortController {
  #signal;

  get signal() {
    this.#signal ??= createAbortSignal();
    return this.#signal;
  }

  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    abortSignal(this.#signal ??= createAbortSignal(), reason);
  }

  [kInspect](depth, options, inspect) {
    return customInspect(this, { signal: this.signal }, depth, options, inspect);
  }
}

for (const key of ['signal', 'abort']) {
  const desc = Object.getOwnPropertyDescriptor(AbortController.prototype, key);
  desc.enumerable = true;
  Object.defineProperty(AbortController.prototype, key, desc);
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, {
  __proto__: null, writable: false, enumerable: false, configurable: true, value: 'AbortController',
});

function isAbortSignal(value) {
  return value !== null && typeof value === 'object' && value[kAborted] !== undefined;
}

module.exports = {
  AbortController,
  AbortSignal,
  DOMException,
  WqDOMException,
  createAbortSignal,
  abortSignal,
  isAbortSignal,
  kAborted,
  kReason,
};
