'use strict';
// node:readline — line-by-line reading of a Readable stream.

const {
  Interface: BaseInterface,
  InterfaceConstructor,
  kQuestion,
  kQuestionCancel,
  ...symbols
} = require('internal/readline/interface');
const { clearLine, clearScreenDown, cursorTo, moveCursor } = require('internal/readline/callbacks');
const emitKeypressEvents = require('internal/readline/emitKeypressEvents');
const { AbortError } = require('internal/errors');
const { validateAbortSignal } = require('internal/validators');

let promisesModule;

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) {
    return new Interface(input, output, completer, terminal);
  }
  if (input && input.input && typeof input.completer === 'function' && input.completer.length !== 2) {
    const { completer: orig } = input;
    input.completer = (v, cb) => cb(null, orig(v));
  } else if (typeof completer === 'function' && completer.length !== 2) {
    const realCompleter = completer;
    completer = (v, cb) => cb(null, realCompleter(v));
  }
  InterfaceConstructor.call(this, input, output, completer, terminal);
}

Object.setPrototypeOf(Interface.prototype, BaseInterface.prototype);
Object.setPrototypeOf(Interface, BaseInterface);

// rl.question(query[, options], callback)
Interface.prototype.question = function question(query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  if (options !== null && typeof options === 'object') {
    const { signal } = options;
    if (signal) {
      validateAbortSignal(signal, 'options.signal');
      if (signal.aborted) return;
      const onAbort = () => this[kQuestionCancel]();
      signal.addEventListener('abort', onAbort, { once: true });
      const cleanup = () => signal.removeEventListener('abort', onAbort);
      const originalCb = cb;
      cb = typeof cb === 'function' ? (answer) => {
        cleanup();
        return originalCb(answer);
      } : cleanup;
    }
  }
  if (typeof cb === 'function') this[kQuestion](query, cb);
};

Object.defineProperty(Interface.prototype.question, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  configurable: true,
  enumerable: false,
  writable: true,
  value: function question(query, options) {
    return new Promise((resolve, reject) => {
      let cb = resolve;
      if (options && options.signal) {
        const { signal } = options;
        if (signal.aborted) {
          return reject(new AbortError(undefined, { cause: signal.reason }));
        }
        const onAbort = () => reject(new AbortError(undefined, { cause: signal.reason }));
        signal.addEventListener('abort', onAbort, { once: true });
        cb = (answer) => {
          signal.removeEventListener('abort', onAbort);
          resolve(answer);
        };
      }
      this.question(query, options, cb);
    });
  },
});

// Legacy underscore names (kept by Node for compatibility).
for (const name of ['_decoder', '_line_buffer', '_oldPrompt', '_previousKey', '_prompt',
  '_questionCallback', '_sawKeyPress', '_sawReturnAt']) {
  const key = symbols['k' + name.slice(1).replace(/_(\w)/g, (m, c) => c.toUpperCase())
    .replace(/^\w/, (c) => c.toUpperCase())];
  Object.defineProperty(Interface.prototype, name, {
    __proto__: null,
    configurable: true,
    enumerable: false,
    get() { return key === undefined ? undefined : this[key]; },
    set(v) { if (key !== undefined) this[key] = v; },
  });
}
for (const name of ['_setRawMode', '_onLine', '_writeToOutput', '_addHistory', '_refreshLine',
  '_normalWrite', '_insertString', '_tabComplete', '_wordLeft', '_wordRight', '_deleteLeft',
  '_deleteRight', '_deleteWordLeft', '_deleteWordRight', '_deleteLineLeft', '_deleteLineRight',
  '_line', '_historyNext', '_historyPrev', '_getDisplayPos', '_getCursorPos', '_moveCursor',
  '_ttyWrite']) {
  const key = symbols['k' + name[1].toUpperCase() + name.slice(2)];
  Object.defineProperty(Interface.prototype, name, {
    __proto__: null,
    configurable: true,
    enumerable: false,
    writable: true,
    value: name === '_getCursorPos' ? BaseInterface.prototype.getCursorPos :
      function(...args) { return this[key](...args); },
  });
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
};

Object.defineProperty(module.exports, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    if (promisesModule === undefined) promisesModule = require('readline/promises');
    return promisesModule;
  },
});
