'use strict';
// The JS side of package wqnode (the Go embedding API): evaluating source,
// loading a plugin's module and calling its exported functions for the
// embedder, with JSON values across and promises awaited; and the modules
// of Go functions a program loads as 'host:<name>'.

const binding = internalBinding('embed');
const {
  JSONParse, JSONStringify, NumberIsFinite, ObjectDefineProperty, ObjectFreeze, ObjectKeys, ObjectPrototypeHasOwnProperty, Promise, PromisePrototypeThen,
  PromiseResolve, ReflectApply, SafeMap, StringPrototypeStartsWith,
} = primordials;

let target; // the exports of the module the embedder imported

function safeString(fn) {
  try {
    const v = fn();
    return v === undefined || v === null ? '' : `${v}`;
  } catch {
    return '';
  }
}

// reject reports an exception's parts; a value whose properties or
// toString throw is still reported.
function reject(id, err) {
  const isObj = err !== null && (typeof err === 'object' || typeof err === 'function');
  const name = isObj ? safeString(() => err.name) : '';
  const message = isObj ? safeString(() => err.message) : safeString(() => String(err));
  const code = isObj ? safeString(() => err.code) : '';
  const stack = isObj ? safeString(() => err.stack) : '';
  binding.settle(id, false, undefined, name || 'Error', message, code, stack);
}

function resolve(id, v) {
  // A primitive crosses as itself (no JSON either way); NaN and the
  // infinities are null, as JSON has them.
  const t = typeof v;
  if (v === undefined || v === null || t === 'boolean' || t === 'string') {
    binding.settleValue(id, v);
    return;
  }
  if (t === 'number') {
    binding.settleValue(id, NumberIsFinite(v) ? v : null);
    return;
  }
  let json;
  try {
    json = JSONStringify(v);
  } catch (err) {
    reject(id, err);
    return;
  }
  binding.settle(id, true, json);
}

function isThenable(v) {
  try {
    return v !== null && typeof v === 'object' && typeof v.then === 'function';
  } catch {
    return false;
  }
}

// settle runs fn and reports its outcome (awaited, when a promise) for id.
function settle(id, fn) {
  let v;
  try {
    v = fn();
  } catch (err) {
    reject(id, err);
    return;
  }
  settled(id, v);
}

// settled reports v, awaited when it is a promise, for id.
function settled(id, v) {
  if (!isThenable(v)) {
    resolve(id, v);
    return;
  }
  let p;
  try {
    p = ReflectApply(PromiseResolve, Promise, [v]);
  } catch (err) {
    reject(id, err);
    return;
  }
  PromisePrototypeThen(p, (r) => resolve(id, r), (err) => reject(id, err));
}

// The first Eval gives the global scope what node -e gives it: require,
// module, exports, __filename and __dirname. They are made when first
// used (a plugin that never touches them does not pay for a module and
// its require): each is an accessor that becomes a plain, writable global
// on first read or write.
let evalScope = false;
function defineEvalScope(name) {
  let made; // module, require, filename
  const make = () => {
    if (made === undefined) {
      const Module = require('internal/modules/cjs/loader');
      const filename = require('path').join(process.cwd(), name);
      const m = new Module(name);
      m.filename = filename;
      m.paths = Module._nodeModulePaths(process.cwd());
      made = { module: m, require: Module.createRequire(filename), exports: m.exports };
    }
    return made;
  };
  const values = {
    module: () => make().module,
    require: () => make().require,
    exports: () => make().exports,
    __filename: () => name,
    __dirname: () => '.',
  };
  for (const key of ObjectKeys(values)) {
    const plain = (v) => ObjectDefineProperty(globalThis, key, { __proto__: null, value: v, writable: true, configurable: true, enumerable: true });
    ObjectDefineProperty(globalThis, key, {
      __proto__: null,
      configurable: true,
      enumerable: true,
      get() { const v = values[key](); plain(v); return v; },
      set(v) { plain(v); },
    });
  }
}

function evalScript(id, source, name) {
  settle(id, () => {
    if (!evalScope) {
      evalScope = true;
      defineEvalScope(name);
    }
    return internalBinding('contextify').evalScript(source, name);
  });
}

function importModule(id, file) {
  settle(id, () => {
    const Module = require('internal/modules/cjs/loader');
    target = Module.createRequire(file)(file);
    return undefined;
  });
}

function own(o, n) {
  return o !== null && (typeof o === 'object' || typeof o === 'function') &&
    ObjectPrototypeHasOwnProperty(o, n) ? o[n] : undefined;
}

function lookup(name) {
  let fn = own(target, name);
  if (typeof fn !== 'function') fn = own(own(target, 'default'), name);
  if (typeof fn !== 'function') fn = own(globalThis, name);
  return fn;
}

// call's arguments are args (primitives, as the embedder gave them) or,
// when json is a string, that JSON array. It is settle without a closure
// per call.
function call(id, name, json, args) {
  let v;
  try {
    const fn = lookup(name);
    if (typeof fn !== 'function') throw new TypeError(`${name} is not a function`);
    v = ReflectApply(fn, target, json === undefined ? args : JSONParse(json));
  } catch (err) {
    reject(id, err);
    return;
  }
  settled(id, v);
}

// ---- host modules ----
let hostModules; // name -> frozen exports
function modules() {
  if (hostModules === undefined) {
    hostModules = new SafeMap();
    for (const entry of binding.hostModules()) {
      const mod = entry[0];
      const exports = { __proto__: null };
      for (let i = 1; i < entry.length; i += 2) {
        const fn = entry[i];
        if (entry[i + 1]) {
          exports[fn] = function(...args) {
            return new Promise((res, rej) => {
              binding.hostCallAsync(mod, fn, JSONStringify(args), (err, json) => {
                if (err) rej(err);
                else res(json === undefined ? undefined : JSONParse(json));
              });
            });
          };
        } else {
          exports[fn] = function(...args) {
            const json = binding.hostCall(mod, fn, JSONStringify(args));
            return json === undefined ? undefined : JSONParse(json);
          };
        }
      }
      hostModules.set(mod, ObjectFreeze(exports));
    }
  }
  return hostModules;
}

function isHostModule(id) {
  return typeof id === 'string' && StringPrototypeStartsWith(id, 'host:') && modules().has(id.slice(5));
}

// loadHostModule returns the exports of 'host:<name>'.
function loadHostModule(id) {
  const m = modules().get(id.slice(5));
  if (m === undefined) {
    const { codes: { ERR_UNKNOWN_BUILTIN_MODULE } } = require('internal/errors');
    throw new ERR_UNKNOWN_BUILTIN_MODULE(id);
  }
  return m;
}

// noteFatal tells the embedder which exception is ending the isolate.
function noteFatal(err) {
  try {
    const isObj = err !== null && (typeof err === 'object' || typeof err === 'function');
    binding.fatal(isObj ? safeString(() => err.name) : '', isObj ? safeString(() => err.message) : safeString(() => String(err)),
      isObj ? safeString(() => err.code) : '');
  } catch {}
}

module.exports = { evalScript, importModule, call, isHostModule, loadHostModule, noteFatal };
