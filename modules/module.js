'use strict';
// require('module'): the CommonJS Module class with Node's static helpers.

const Module = require('internal/modules/cjs/loader');

function notImplemented(name) {
  const { codes: { ERR_METHOD_NOT_IMPLEMENTED } } = require('internal/errors');
  return new ERR_METHOD_NOT_IMPLEMENTED(name);
}

// ES module namespaces of builtins are wrappers created on first import;
// there are no live bindings to update.
Module.syncBuiltinESMExports = function syncBuiltinESMExports() {};

// Customization hooks (module.register) need off-thread loaders.
Module.register = function register(specifier, parentURL, options) {
  throw notImplemented('register()');
};

// Source maps are not collected (--enable-source-maps is not supported).
Module.findSourceMap = function findSourceMap(path) {
  return undefined;
};

class SourceMap {
  #payload;
  constructor(payload) {
    if (payload === null || typeof payload !== 'object') {
      const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_TYPE('payload', 'Object', payload);
    }
    this.#payload = { ...payload };
  }

  get payload() {
    return this.#payload;
  }

  findEntry() {
    throw notImplemented('SourceMap.prototype.findEntry()');
  }

  findOrigin() {
    throw notImplemented('SourceMap.prototype.findOrigin()');
  }
}
Module.SourceMap = SourceMap;

// --require preloads: nothing to do without command-line support.
Module._preloadModules = function _preloadModules(requests) {
  if (!Array.isArray(requests)) return;
  const parent = new Module('internal/preload', null);
  try {
    parent.paths = Module._nodeModulePaths(process.cwd());
  } catch (e) {
    if (e.code !== 'ENOENT') throw e;
  }
  for (const request of requests) parent.require(request);
};

module.exports = Module;
