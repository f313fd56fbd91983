'use strict';
// vm: code runs in this context (runInThisContext, Script); separate
// contexts (createContext, runInNewContext) are not implemented.

const { evalScript } = internalBinding('contextify');
const { stubFunction, stubClass } = require('internal/not_implemented');
const { validateObject, validateUint32, validateBoolean } = require('internal/validators');

function filenameOf(options) {
  if (typeof options === 'string') return options;
  return options?.filename ?? 'evalmachine.<anonymous>';
}

class Script {
  constructor(code, options) {
    this._code = `${code}`;
    this._filename = filenameOf(options);
    // Compile now so syntax errors surface here, as in node.
    // (a leading hashbang is a comment only at the start of a script).
    const body = this._code.startsWith('#!') ? '//' + this._code.slice(2) : this._code;
    evalScript(`(function () {${'\n'}${body}${'\n'}})`, this._filename);
  }

  runInThisContext(options) {
    return evalScript(this._code, this._filename, runTimeout(options));
  }

  runInContext() { throw require('internal/not_implemented').notImplemented('vm.Script.runInContext'); }

  runInNewContext() { throw require('internal/not_implemented').notImplemented('vm.Script.runInNewContext'); }

  createCachedData() { return require('buffer').Buffer.alloc(0); }
}

// runTimeout validates a run's options as node does and returns its
// timeout in ms (0: none).
function runTimeout(options = {}) {
  validateObject(options, 'options');
  const { timeout, displayErrors = true, breakOnSigint = false } = options;
  validateBoolean(displayErrors, 'options.displayErrors');
  validateBoolean(breakOnSigint, 'options.breakOnSigint');
  if (timeout === undefined) return 0;
  validateUint32(timeout, 'options.timeout', true);
  return timeout;
}

function runInThisContext(code, options) {
  if (typeof options === 'string') options = { filename: options };
  return new Script(code, options).runInThisContext(options);
}

function isContext(obj) {
  if (obj === null || typeof obj !== 'object') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('object', 'Object', obj);
  }
  return false;
}

module.exports = {
  Script,
  runInThisContext,
  isContext,
  createContext: stubFunction('vm.createContext'),
  runInContext: stubFunction('vm.runInContext'),
  runInNewContext: stubFunction('vm.runInNewContext'),
  compileFunction: stubFunction('vm.compileFunction'),
  measureMemory: stubFunction('vm.measureMemory'),
  SourceTextModule: stubClass('vm.SourceTextModule'),
  SyntheticModule: stubClass('vm.SyntheticModule'),
  constants: { USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'), DONT_CONTEXTIFY: Symbol('vm_context_no_contextify') },
};
