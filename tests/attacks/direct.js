// The direct ways in: process.binding, internal ids through require, the
// module class, the resolver, the ES module hooks global, the engine's own
// module names, string methods lying to the id checks.
const Module = require('module');
for (const attempt of [
  () => process.binding('fs'),
  () => process.binding('natives'),
  () => process._linkedBinding && process._linkedBinding('fs'),
  () => require('internal/bootstrap/realm'),
  () => require('node:internal/bootstrap/realm'),
  () => require('internal/primordials'),
  () => Module._load('internal/bootstrap/realm', null, false),
  () => Module._load('node:internal/modules/esm/loader', null, false),
  () => module.constructor._load('internal/errors', module, false),
  () => require.cache,
  () => Module._cache,
  () => process.moduleLoadList,
  () => process.mainModule,
  () => globalThis.internalBinding,
  () => globalThis.primordials,
]) {
  try { __spy(attempt()); } catch {}
}
// Resolver overridden to name an internal builtin.
const orig = Module._resolveFilename;
Module._resolveFilename = function () { return 'node:internal/bootstrap/realm'; };
try { __spy(require('anything-at-all')); } catch {}
Module._resolveFilename = function () { return 'internal/bootstrap/realm'; };
try { __spy(require('anything-else')); } catch {}
Module._resolveFilename = orig;
// String methods that lie to every id check.
const sw = String.prototype.startsWith, sl = String.prototype.slice;
String.prototype.startsWith = function (p) { return p === 'internal/' ? false : __apply(sw, this, [p]); };
try { __spy(require('internal/bootstrap/realm')); } catch {}
try { __spy(require('node:internal/bootstrap/realm')); } catch {}
String.prototype.slice = function (...a) { const r = __apply(sl, this, a); return r === 'fs' ? 'internal/bootstrap/realm' : r; };
try { __spy(require('node:fs')); } catch {}
String.prototype.slice = sl;
String.prototype.startsWith = sw;
// The ES module hooks global.
const hooks = globalThis.__wqnodeESM;
__spy(hooks);
if (hooks) {
  for (const id of ['internal/bootstrap/realm', 'node:internal/bootstrap/realm', 'internal/primordials']) {
    try { __spy(hooks.builtin(id)); } catch {}
  }
  try { hooks.builtin = () => ({}); } catch {}
  try { Object.defineProperty(hooks, 'meta', { value: (m) => __spy(m) }); } catch {}
  try { delete globalThis.__wqnodeESM; } catch {}
  try { globalThis.__wqnodeESM = { builtin: () => ({}) }; } catch {}
  try { require('vm').runInThisContext('let __wqnodeESM = { builtin() { return {}; } };'); } catch {}
  try { require('vm').runInThisContext('function __wqnodeESM() {}'); } catch {}
}
// Symbol.for lying about the hooks' key.
const sf = Symbol.for;
Symbol.for = function (k) { __spy(k); return __apply(sf, Symbol, [k]); };
import('node:fs').then((ns) => { Symbol.for = sf; __spy(ns); __finish(); }, () => { Symbol.for = sf; __finish(); });
