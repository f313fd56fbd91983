'use strict';
// The builtin module loader (Node's BuiltinModule). Evaluated by the host as
// a function of (internalBinding); returns the loader. Builtins are compiled
// lazily on first require.
//
// Everything here runs long after user code has started (builtins load on
// first require), so it uses only primordials, captured before any user
// code ran: a replaced Function.prototype.call, Map.prototype.get, setter on
// Object.prototype or Array.prototype[Symbol.iterator] is never called with
// the loader's values. internalBinding is handed to builtins only.

const { compileBuiltin, builtinIds } = internalBinding('builtins');

// Node 20 defines the explicit-resource-management symbols before any
// builtin reads them.
for (const [name, key] of [['dispose', 'nodejs.dispose'], ['asyncDispose', 'nodejs.asyncDispose']]) {
  if (typeof Symbol[name] !== 'symbol') {
    Object.defineProperty(Symbol, name, { value: Symbol.for(key), writable: false, enumerable: false, configurable: false });
  }
}

const primordials = compileBuiltin('internal/primordials')();
const {
  Error,
  ObjectFreeze,
  ObjectGetPrototypeOf,
  ObjectPrototype,
  ObjectSetPrototypeOf,
  ArrayPrototypePush,
  ArrayPrototypeSort,
  ReflectApply,
  SafeMap,
  SafeSet,
  StringPrototypeStartsWith,
} = primordials;

const ids = new SafeSet(builtinIds);
// --expose-internals: programs may require the internal builtins too.
let internalsExposed = false;
function exposeInternals() { internalsExposed = true; }
const cache = new SafeMap();

// Binding objects have no prototype: a property a builtin reads that the
// binding lacks is undefined, never a getter a program put on
// Object.prototype called with the binding as `this`.
const bindings = new SafeMap();
function binding(name) {
  let b = bindings.get(name);
  if (b === undefined) {
    // libuv's error names and numbers are the errors module's table.
    b = name === 'uv' ? requireBuiltin('internal/errors').uvBinding() : internalBinding(name);
    if (b !== null && typeof b === 'object' && ObjectGetPrototypeOf(b) === ObjectPrototype) ObjectSetPrototypeOf(b, null);
    bindings.set(name, b);
  }
  return b;
}

class BuiltinModule {
  // Fields are defined, not assigned: no setter on Object.prototype sees
  // a module object.
  id;
  filename;
  exports = {};
  loaded = false;
  loading = false;

  constructor(id) {
    this.id = id;
    this.filename = `node:${id}`;
  }

  static exists(id) {
    return ids.has(id);
  }

  static canBeRequiredByUsers(id) {
    return ids.has(id) && (internalsExposed || !StringPrototypeStartsWith(id, 'internal/'));
  }

  static getPublicIds() {
    const out = [];
    for (const id of ids) if (!StringPrototypeStartsWith(id, 'internal/')) ArrayPrototypePush(out, id);
    return ArrayPrototypeSort(out);
  }

  static isLoaded(id) {
    return cache.get(id)?.loaded === true;
  }

  // require loads a builtin for a program (require('fs'), import 'node:fs'):
  // never an internal one, whatever the caller checked before.
  static require(id) {
    if (!BuiltinModule.canBeRequiredByUsers(id)) {
      const err = new Error(`No such built-in module: ${typeof id === 'string' ? id : typeof id}`);
      err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
      throw err;
    }
    return requireBuiltin(id);
  }
}
ObjectSetPrototypeOf(BuiltinModule.prototype, null);
ObjectFreeze(BuiltinModule.prototype);
ObjectFreeze(BuiltinModule);

function requireBuiltin(id) {
  let mod = cache.get(id);
  if (mod !== undefined) return mod.exports;
  if (!ids.has(id)) {
    const err = new Error(`No such built-in module: ${id}`);
    err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
    throw err;
  }
  const fn = compileBuiltin(id);
  mod = new BuiltinModule(id);
  cache.set(id, mod);
  mod.loading = true;
  try {
    ReflectApply(fn, mod.exports, [mod.exports, requireBuiltin, mod, binding, primordials]);
  } catch (err) {
    cache.delete(id);
    throw err;
  } finally {
    mod.loading = false;
  }
  mod.loaded = true;
  return mod.exports;
}

const realm = new BuiltinModule('internal/bootstrap/realm');
realm.exports = ObjectFreeze({ __proto__: null, BuiltinModule, requireBuiltin, exposeInternals });
realm.loaded = true;
cache.set(realm.id, realm);

return realm.exports;
