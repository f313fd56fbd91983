'use strict';
// CommonJS modules as Node resolves and loads them.

const { BuiltinModule } = require('internal/bootstrap/realm');
const { ReflectApply } = primordials;
const fsb = internalBinding('fs');
const { compileFunction } = internalBinding('contextify');
const path = require('path');
const { resolvePackageExports, resolvePackageImports, readPackage, readPackageScope, parsePackageName } =
  require('internal/modules/package_resolve');

const kIsMainSymbol = Symbol('kIsMainSymbol');
const builtinRequire = require;
const { recordShift } = require('internal/modules/column_shift');

// stat is 0 for a file, 1 for a directory, a negative errno otherwise;
// Module._stat reads it and may replace it (as loaders such as Yarn's do).
function internalStat(filename) {
  return fsb.internalModuleStat(`${filename}`);
}
let statImpl = internalStat;
function stat(filename) {
  return statImpl(filename);
}

function updateChildren(parent, child, scan) {
  const children = parent?.children;
  if (children && !(scan && children.includes(child))) children.push(child);
}

// module.parent is an accessor of Module.prototype over kModuleParent, as
// Node's; with --pending-deprecation reading or setting it warns (DEP0144).
const kModuleParent = Symbol('kModuleParent');
let parentWarned = false;
function warnParent() {
  if (parentWarned || !require('internal/options').pendingDeprecation()) return;
  parentWarned = true;
  process.emitWarning('module.parent is deprecated due to accuracy issues. Please use ' +
    'require.main to find program entry point instead.', 'DeprecationWarning', 'DEP0144');
}

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  Object.defineProperty(this, 'exports', { value: {}, writable: true, enumerable: true, configurable: true });
  this.filename = null;
  this.loaded = false;
  this.children = [];
  this[kModuleParent] = parent;
  updateChildren(parent, this, false);
  this.paths = undefined;
}

Object.defineProperty(Module.prototype, 'parent', {
  __proto__: null,
  get: function parent() { warnParent(); return this[kModuleParent]; },
  set: function parent(value) { warnParent(); this[kModuleParent] = value; },
  enumerable: false,
  configurable: false,
});

Object.defineProperty(Module, '_stat', {
  __proto__: null,
  configurable: true,
  enumerable: false,
  get() { return statImpl; },
  set(fn) {
    process.emitWarning('Module._stat is an experimental feature and might change at any time',
      'ExperimentalWarning');
    statImpl = fn;
    return true;
  },
});
Module._cache = { __proto__: null };
Module._pathCache = { __proto__: null };
Module._extensions = { __proto__: null };
Module.globalPaths = [];
// Ids reachable only with the 'node:' scheme, as in Node.
const schemeOnly = new Set(['test', 'test/reporters', 'sea', 'sqlite']);
Module.builtinModules = BuiltinModule.getPublicIds().filter((id) => !id.startsWith('internal/') && !schemeOnly.has(id));
Module.isBuiltin = (id) => {
  if (typeof id !== 'string') return false;
  if (id.startsWith('node:')) return BuiltinModule.canBeRequiredByUsers(id.slice(5));
  return BuiltinModule.canBeRequiredByUsers(id) && !schemeOnly.has(id);
};

let wrapper = [
  '(function (exports, require, module, __filename, __dirname) { ',
  '\n});',
];
Module.wrap = (script) => Module.wrapper[0] + script + Module.wrapper[1];
Object.defineProperty(Module, 'wrapper', {
  get() { return wrapper; },
  set(v) { wrapper = v; },
});

Module._nodeModulePaths = function(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const paths = [];
  const parts = from.split('/');
  for (let i = parts.length; i > 1; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    const dir = parts.slice(0, i).join('/');
    paths.push(dir + '/node_modules');
  }
  paths.push('/node_modules');
  return paths;
};

function tryFile(requestPath) {
  return stat(requestPath) === 0 ? toRealPath(requestPath) : false;
}

function toRealPath(p) {
  try {
    return fsb.realpath(p);
  } catch {
    return p;
  }
}

function tryExtensions(basePath, exts) {
  for (const ext of exts) {
    const f = tryFile(basePath + ext);
    if (f) return f;
  }
  return false;
}

function tryPackage(requestPath, exts, isMain, originalPath) {
  const pkg = readPackage(requestPath);
  const main = pkg?.main;
  if (!main) return tryExtensions(path.resolve(requestPath, 'index'), exts);
  const filename = path.resolve(requestPath, main);
  let actual = tryFile(filename) || tryExtensions(filename, exts) ||
    tryExtensions(path.resolve(filename, 'index'), exts);
  if (actual === false) {
    actual = tryExtensions(path.resolve(requestPath, 'index'), exts);
    if (!actual) {
      const err = new Error(`Cannot find module '${filename}'. ` +
        'Please verify that the package.json has a valid "main" entry');
      err.code = 'MODULE_NOT_FOUND';
      err.path = path.resolve(requestPath, 'package.json');
      err.requestPath = originalPath;
      throw err;
    }
    process.emitWarning(`Invalid 'main' field in '${path.resolve(requestPath, 'package.json')}' of '${main}'. ` +
      'Please either fix that or report it to the module author', 'DeprecationWarning', 'DEP0128');
  }
  return actual;
}

const cjsConditions = ['require', 'node', 'node-addons', 'module-sync'];

function resolveExports(nmPath, request) {
  const parsed = parsePackageName(request);
  if (!parsed || request.startsWith('@') && !request.includes('/')) return undefined;
  const pkgPath = path.resolve(nmPath, parsed.name);
  const pkg = readPackage(pkgPath);
  if (pkg?.exports != null) {
    return finalizeEsmResolution(
      resolvePackageExports(pkgPath, parsed.subpath, pkg, { conditions: cjsConditions }),
      null, pkgPath);
  }
  return undefined;
}

// An imports target naming a package ("#dep": "lodash") is looked up as
// the ES module resolver does, from the package folder.
function resolveBareTarget(result, pkgPath) {
  if (typeof result === 'string') return result;
  const parsed = parsePackageName(result.bare);
  if (BuiltinModule.canBeRequiredByUsers(result.bare) || result.bare.startsWith('node:')) return result.bare;
  if (parsed) {
    for (const nm of Module._nodeModulePaths(pkgPath)) {
      const dir = path.resolve(nm, parsed.name);
      if (stat(dir) !== 1) continue;
      const pkg = readPackage(dir);
      if (pkg?.exports != null) {
        return resolvePackageExports(dir, parsed.subpath, pkg, { conditions: cjsConditions });
      }
      if (parsed.subpath === '.') {
        const found = tryPackage(dir, Object.keys(Module._extensions), false, result.bare);
        if (found) return found;
      }
      return path.resolve(dir, parsed.subpath);
    }
  }
  return result.bare;
}

function finalizeEsmResolution(resolved, parentPath, pkgPath) {
  if (/%2f|%5c/i.test(resolved)) {
    const { codes: { ERR_INVALID_MODULE_SPECIFIER } } = require('internal/errors');
    throw new ERR_INVALID_MODULE_SPECIFIER(
      require('url').pathToFileURL(resolved).href, 'must not include encoded "/" or "\\" characters', parentPath);
  }
  if (resolved.startsWith('node:') || BuiltinModule.canBeRequiredByUsers(resolved)) return resolved;
  const filename = resolved.startsWith('file://') ? require('url').fileURLToPath(resolved) : resolved;
  const actual = tryFile(filename);
  if (actual) return actual;
  const err = new Error(`Cannot find module '${filename}'`);
  err.code = 'MODULE_NOT_FOUND';
  if (pkgPath) err.path = path.resolve(pkgPath, 'package.json');
  throw err;
}

Module._findPath = function(request, paths, isMain) {
  const absoluteRequest = path.isAbsolute(request);
  if (absoluteRequest) paths = [''];
  else if (!paths || paths.length === 0) return false;
  const cacheKey = request + '\x00' + paths.join('\x00');
  const entry = Module._pathCache[cacheKey];
  if (entry) return entry;
  const exts = Object.keys(Module._extensions);
  const trailingSlash = request.length > 0 &&
    (request.endsWith('/') || request.endsWith('/.') || request.endsWith('/..') || request === '.' || request === '..');
  for (const curPath of paths) {
    if (curPath && stat(curPath) < 1) continue;
    if (!absoluteRequest) {
      const exportsResolved = resolveExports(curPath, request);
      if (exportsResolved) return exportsResolved;
    }
    const basePath = path.resolve(curPath, request);
    let filename;
    const rc = stat(basePath);
    if (!trailingSlash) {
      if (rc === 0) filename = toRealPath(basePath);
      if (!filename) filename = tryExtensions(basePath, exts);
    }
    if (!filename && rc === 1) filename = tryPackage(basePath, exts, isMain, request);
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
};

function isUserBuiltin(request) {
  if (request.startsWith('node:')) return BuiltinModule.canBeRequiredByUsers(request.slice(5));
  return BuiltinModule.canBeRequiredByUsers(request) && !schemeOnly.has(request);
}

Module._resolveLookupPaths = function(request, parent) {
  if (isUserBuiltin(request)) return null;
  if (request.charAt(0) !== '.' ||
      (request.length > 1 && request.charAt(1) !== '.' && request.charAt(1) !== '/')) {
    const paths = parent?.paths?.length ? parent.paths.concat(Module.globalPaths) : Module.globalPaths;
    return paths.length > 0 ? paths : null;
  }
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

Module._resolveFilename = function(request, parent, isMain, options) {
  if (isUserBuiltin(request)) return request;
  let paths;
  if (typeof options === 'object' && options !== null) {
    if (Array.isArray(options.paths)) {
      const isRelative = request.startsWith('./') || request.startsWith('../');
      if (isRelative) {
        paths = options.paths;
      } else {
        const fake = new Module('', null);
        paths = [];
        for (const p of options.paths) {
          fake.paths = Module._nodeModulePaths(p);
          for (const lp of Module._resolveLookupPaths(request, fake) || []) {
            if (!paths.includes(lp)) paths.push(lp);
          }
        }
      }
    } else if (options.paths === undefined) {
      paths = Module._resolveLookupPaths(request, parent);
    } else {
      const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_VALUE('options.paths', options.paths);
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }
  if (request[0] === '#' && (parent?.filename || parent?.id === '<repl>')) {
    const parentPath = parent.filename || process.cwd() + '/';
    const scope = readPackageScope(parentPath);
    if (scope?.data?.imports != null) {
      const ctx = { conditions: cjsConditions, base: parent.filename };
      return finalizeEsmResolution(
        resolveBareTarget(resolvePackageImports(request, scope.path, scope.data, ctx), scope.path),
        parent.filename, scope.path);
    }
  }
  // Self-reference through the package's own "exports".
  if (parent?.filename) {
    const scope = readPackageScope(parent.filename);
    if (scope?.data?.exports != null && scope.data.name &&
        (request === scope.data.name || request.startsWith(scope.data.name + '/'))) {
      const ctx = { conditions: cjsConditions, base: parent.filename };
      return finalizeEsmResolution(
        resolvePackageExports(scope.path, '.' + request.slice(scope.data.name.length), scope.data, ctx),
        parent.filename, scope.path);
    }
  }
  const filename = Module._findPath(request, paths, isMain);
  if (filename) return filename;
  const requireStack = [];
  for (let cursor = parent; cursor; cursor = moduleParentCache.get(cursor) || cursor.parent) {
    requireStack.push(cursor.filename || cursor.id);
  }
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += '\nRequire stack:\n- ' + requireStack.join('\n- ');
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
};

const moduleParentCache = new WeakMap();
let relResolveCacheIdentifier;
const relativeResolveCache = { __proto__: null };

function loadBuiltin(id) {
  const mod = BuiltinModule.require(id);
  return mod;
}

Module._load = function(request, parent, isMain) {
  let relCacheKey;
  if (parent) {
    relResolveCacheIdentifier = `${parent.path}\x00${request}`;
    relCacheKey = relResolveCacheIdentifier;
    const filename = relativeResolveCache[relCacheKey];
    if (filename !== undefined) {
      const cached = Module._cache[filename];
      if (cached !== undefined) {
        updateChildren(parent, cached, true);
        if (!cached.loaded) return getExportsForCircularRequire(cached);
        return cached.exports;
      }
      delete relativeResolveCache[relCacheKey];
    }
  }
  if (request.startsWith('host:')) return require('internal/embed').loadHostModule(request);
  if (request.startsWith('node:')) {
    const id = request.slice(5);
    if (!BuiltinModule.canBeRequiredByUsers(id)) {
      const { codes: { ERR_UNKNOWN_BUILTIN_MODULE } } = require('internal/errors');
      throw new ERR_UNKNOWN_BUILTIN_MODULE(request);
    }
    return loadBuiltin(id);
  }
  const filename = Module._resolveFilename(request, parent, isMain);
  if (filename.startsWith('node:')) return loadBuiltin(filename.slice(5));
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    updateChildren(parent, cached, true);
    if (!cached.loaded) return getExportsForCircularRequire(cached);
    return cached.exports;
  }
  if (BuiltinModule.canBeRequiredByUsers(filename) && !schemeOnly.has(filename)) {
    return loadBuiltin(filename);
  }
  const module = new Module(filename, parent);
  if (isMain) {
    process.mainModule = module;
    setOwnProperty(module.require, 'main', process.mainModule);
    module.id = '.';
    module[kIsMainSymbol] = true;
  } else {
    module[kIsMainSymbol] = false;
  }
  Module._cache[filename] = module;
  if (parent !== undefined) relativeResolveCache[relCacheKey] = filename;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent !== undefined) {
        delete relativeResolveCache[relCacheKey];
        const children = parent?.children;
        if (Array.isArray(children)) {
          const index = children.indexOf(module);
          if (index !== -1) children.splice(index, 1);
        }
      }
    }
  }
  return module.exports;
};

function setOwnProperty(obj, key, value) {
  Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
}

function getExportsForCircularRequire(module) {
  return module.exports;
}

Module.prototype.load = function(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  const extension = findLongestRegisteredExtension(filename);
  if (filename.endsWith('.mjs') && !Module._extensions['.mjs']) {
    loadESMFromCJS(this, filename);
  } else {
    Module._extensions[extension](this, filename);
  }
  this.loaded = true;
};

// require() of an ES module: Node 20.19+ evaluates it synchronously and
// returns its namespace when the host can do so.
function loadESMFromCJS(mod, filename) {
  const parent = moduleParentCache.get(mod) || mod.parent;
  const esm = require('internal/modules/esm/loader');
  if (!esm.canRequireESM()) {
    const { codes: { ERR_REQUIRE_ESM } } = require('internal/errors');
    throw new ERR_REQUIRE_ESM(filename, true, parent?.filename);
  }
  mod.exports = esm.requireESM(filename, parent?.filename);
}

function findLongestRegisteredExtension(filename) {
  const name = path.basename(filename);
  let currentExtension;
  let index;
  let startIndex = 0;
  while ((index = name.indexOf('.', startIndex)) !== -1) {
    startIndex = index + 1;
    if (index === 0) continue;
    currentExtension = name.slice(index);
    if (Module._extensions[currentExtension]) return currentExtension;
  }
  return '.js';
}

Module.prototype.require = function(id) {
  if (typeof id !== 'string') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('id', 'string', id);
  }
  if (id === '') {
    const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
  }
  return Module._load(id, this, false);
};

Module.prototype._compile = function(content, filename) {
  if (content.includes('import')) {
    // import() needs the ES module loader's hooks installed.
    const esm = builtinRequire('internal/modules/esm/loader');
    content = esm.stripImportAttributes(content);
  }
  // A hashbang line is a comment at the start of a script; inside the
  // wrapper it would not be, so it becomes a line comment of equal length.
  if (content.startsWith('#!')) content = '//' + content.slice(2);
  const fn = compileFunction(Module.wrap(content), filename);
  recordShift(filename, 1, Module.wrapper[0].length);
  const dirname = path.dirname(filename);
  const require = makeRequireFunction(this);
  const exports = this.exports;
  const thisValue = exports;
  return ReflectApply(fn, thisValue, [exports, require, this, filename, dirname]);
};

function makeRequireFunction(mod) {
  const require = function require(path) {
    return mod.require(path);
  };
  function resolve(request, options) {
    if (typeof request !== 'string') {
      const { codes: { ERR_INVALID_ARG_TYPE } } = builtinRequire('internal/errors');
      throw new ERR_INVALID_ARG_TYPE('request', 'string', request);
    }
    return Module._resolveFilename(request, mod, false, options);
  }
  require.resolve = resolve;
  function paths(request) {
    return Module._resolveLookupPaths(request, mod);
  }
  resolve.paths = paths;
  setOwnProperty(require, 'main', process.mainModule);
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

function stripBOM(content) {
  return content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content;
}

Module._extensions['.js'] = function(module, filename) {
  if (filename.endsWith('.js')) {
    const pkg = readPackageScope(filename);
    if (pkg?.data?.type === 'module') {
      loadESMFromCJS(module, filename);
      return;
    }
  }
  const content = fsb.readFileUtf8(filename);
  // A hashbang after a BOM is not at the start of the script: node
  // rejects it, so the BOM stays and the line stays invalid.
  module._compile(content.startsWith('\uFEFF#!') ? content : stripBOM(content), filename);
};

Module._extensions['.json'] = function(module, filename) {
  const content = fsb.readFileUtf8(filename);
  try {
    setOwnProperty(module, 'exports', JSON.parse(stripBOM(content)));
  } catch (err) {
    err.message = filename + ': ' + err.message;
    throw err;
  }
};

Module._extensions['.node'] = function(module, filename) {
  const err = new Error(`${filename}: native addons are not supported by wqnode`);
  err.code = 'ERR_DLOPEN_FAILED';
  throw err;
};

Module.createRequire = function createRequire(filename) {
  let filepath;
  if (typeof filename === 'object' && filename !== null && typeof filename.href === 'string') {
    filename = filename.href;
  }
  if (typeof filename === 'string' && filename.startsWith('file:')) {
    filepath = require('url').fileURLToPath(filename);
  } else if (typeof filename !== 'string' || !path.isAbsolute(filename)) {
    const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_VALUE('filename', filename,
      'must be a file URL object, file URL string, or absolute path string');
  } else {
    filepath = filename;
  }
  const trailingSlash = filepath.endsWith('/');
  const proxyPath = trailingSlash ? path.join(filepath, 'noop.js') : filepath;
  const m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return makeRequireFunction(m);
};

Module._initPaths = function() {
  const homeDir = process.env.HOME;
  const nodePath = process.env.NODE_PATH;
  const prefixDir = path.resolve(process.execPath, '..', '..');
  const paths = [path.resolve(prefixDir, 'lib', 'node')];
  if (homeDir) {
    paths.unshift(path.resolve(homeDir, '.node_libraries'));
    paths.unshift(path.resolve(homeDir, '.node_modules'));
  }
  if (nodePath) {
    paths.unshift(...nodePath.split(path.delimiter).filter(Boolean).map((p) => path.resolve(p)));
  }
  Module.globalPaths = paths;
};

Module.runMain = function(main = process.argv[1]) {
  const resolved = resolveMainPath(main);
  if (shouldUseESMLoader(resolved)) {
    return require('internal/modules/esm/loader').runMainESM(resolved);
  }
  Module._load(main, null, true);
};

function resolveMainPath(main) {
  try {
    return Module._findPath(path.resolve(main), null, true) || path.resolve(main);
  } catch {
    return path.resolve(main);
  }
}

function shouldUseESMLoader(mainPath) {
  if (mainPath.endsWith('.mjs')) return true;
  if (mainPath.endsWith('.cjs')) return false;
  const pkg = readPackageScope(mainPath);
  return pkg?.data?.type === 'module';
}

Module.Module = Module;
// Module._initPaths() reads the process (HOME, NODE_PATH, execPath): the
// bootstrap's per-process phase calls it, as Node's pre-execution does.

module.exports = Module;
