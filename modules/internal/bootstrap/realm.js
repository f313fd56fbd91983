'use strict';
// The builtin module loader (Node's BuiltinModule). Evaluated by the host as
// a function of (internalBinding); returns the loader. Builtins are compiled
// lazily on first require.

const { compileBuiltin, builtinIds } = internalBinding('builtins');

// Node 20 defines the explicit-resource-management symbols before any
// builtin reads them.
for (const [name, key] of [['dispose', 'nodejs.dispose'], ['asyncDispose', 'nodejs.asyncDispose']]) {
  if (typeof Symbol[name] !== 'symbol') {
    Object.defineProperty(Symbol, name, { value: Symbol.for(key), writable: false, enumerable: false, configurable: false });
  }
}

const ids = new Set(builtinIds);
const cache = new Map();

class BuiltinModule {
  constructor(id) {
    this.id = id;
    this.filename = `node:${id}`;
    this.exports = {};
    this.loaded = false;
    this.loading = false;
  }

  static exists(id) {
    return ids.has(id);
  }

  static canBeRequiredByUsers(id) {
    return ids.has(id) && !id.startsWith('internal/');
  }

  static getPublicIds() {
    const out = [];
    for (const id of ids) if (!id.startsWith('internal/')) out.push(id);
    return out.sort();
  }

  static isLoaded(id) {
    return cache.get(id)?.loaded === true;
  }

  static require(id) {
    return requireBuiltin(id);
  }
}

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
    fn.call(mod.exports, mod.exports, requireBuiltin, mod, internalBinding);
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
realm.exports = { BuiltinModule, requireBuiltin };
realm.loaded = true;
cache.set(realm.id, realm);

return { BuiltinModule, requireBuiltin };
