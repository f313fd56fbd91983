'use strict';
// ES modules: Node's resolution (relative and absolute paths, file: URLs,
// builtins, packages with "exports"/"imports" and the "import" condition),
// and the source QuickJS compiles for each kind of module: ES module text,
// JSON, CommonJS (wrapped with statically detected named exports) and
// builtins (wrapped around their exports).

const { BuiltinModule } = require('internal/bootstrap/realm');
// The module texts below are built with the primordial JSON.stringify: a
// replaced one cannot write code into them.
const { JSONParse, JSONStringify, ObjectFreeze, ObjectKeys } = primordials;
const fsb = internalBinding('fs');
const moduleWrap = internalBinding('module_wrap');
const path = require('path');
const { readPackage, readPackageScope, resolvePackageExports, resolvePackageImports, parsePackageName, kJsonMessage } =
  require('internal/modules/package_resolve');

const conditions = ['node', 'import', 'node-addons', 'module-sync'];
const kFacade = 'wqnode:esm-facade:';
const kModuleExportsName = '__wqnode_module_exports';

function E() { return require('internal/errors').codes; }

function fileURLToPathLite(url) {
  return require('url').fileURLToPath(url);
}

function pathToURL(p) {
  return require('url').pathToFileURL(p).href;
}

// The importer as error messages name it: a path ('node:' and facade names
// are shown as they are).
function basePath(base) {
  if (!base) return undefined;
  if (base.startsWith(kFacade)) base = base.slice(kFacade.length);
  return splitName(base)[0];
}

// A module name is a path, possibly followed by the ?query and #fragment of
// the URL it was imported with (each distinct URL is its own instance).
function splitName(name) {
  if (!name.startsWith('/')) return [name, ''];
  const i = name.search(/[?#]/);
  return i === -1 ? [name, ''] : [name.slice(0, i), name.slice(i)];
}

function baseURL(base) {
  const b = basePath(base);
  if (!b || !path.isAbsolute(b)) return b;
  return pathToURL(b);
}

function baseDir(base) {
  const b = basePath(base);
  if (!b || b.startsWith('node:') || !path.isAbsolute(b)) return process.cwd();
  return path.dirname(b);
}

function ctxFor(base) {
  return { conditions, base: basePath(base), configBase: baseURL(base) };
}

// suggestion finds what CommonJS would have loaded for a failed ESM request,
// for the "Did you mean to import ...?" hint.
function suggestion(file, specifier) {
  if (file.length > 1 && file.endsWith('/')) file = file.slice(0, -1);
  const exts = ['.js', '.json', '.node'];
  let suffix;
  if (fsb.internalModuleStat(file) === 1) {
    let main;
    try { main = readPackage(file)?.main; } catch {}
    const tries = [];
    if (main) tries.push('/' + main.replace(/^\.\//, ''));
    for (const e of exts) tries.push('/index' + e);
    suffix = tries.find((t) => fsb.internalModuleStat(file + t) === 0);
  } else {
    suffix = exts.find((e) => fsb.internalModuleStat(file + e) === 0);
  }
  if (suffix === undefined) return undefined;
  return specifier.replace(/\/+$/, '') + suffix;
}

function hinted(err, hint) {
  if (hint) err.message += `\nDid you mean to import "${hint}"?`;
  return err;
}

function finalize(file, base, specifier, hintSpecifier) {
  const rc = fsb.internalModuleStat(file.length > 1 && file.endsWith('/') ? file.slice(0, -1) : file);
  if (rc === 1) {
    const err = new (E().ERR_UNSUPPORTED_DIR_IMPORT)(file, basePath(base), pathToURL(file));
    throw hinted(err, hintSpecifier && suggestion(file, hintSpecifier));
  }
  if (rc !== 0) {
    const err = new (E().ERR_MODULE_NOT_FOUND)(file, basePath(base), pathToURL(file));
    throw hinted(err, hintSpecifier && suggestion(file, hintSpecifier));
  }
  try {
    return fsb.realpath(file);
  } catch {
    return file;
  }
}

function legacyMainResolve(pkgDir, pkg, base) {
  const tries = [];
  if (pkg?.main) {
    const m = path.resolve(pkgDir, pkg.main);
    tries.push(m, m + '.js', m + '.json', m + '.node', m + '/index.js', m + '/index.json', m + '/index.node');
  }
  tries.push(path.join(pkgDir, 'index.js'), path.join(pkgDir, 'index.json'), path.join(pkgDir, 'index.node'));
  for (const t of tries) if (fsb.internalModuleStat(t) === 0) return t;
  throw new (E().ERR_MODULE_NOT_FOUND)(pkg?.main ? path.resolve(pkgDir, pkg.main) : pkgDir + '/', basePath(base));
}

// readPackageESM reads a package.json, reporting a malformed one as
// ERR_INVALID_PACKAGE_CONFIG the way the ES module resolver does.
function readPackageESM(dir, specifier, base) {
  try {
    return readPackage(dir);
  } catch (e) {
    if (e && e[kJsonMessage] !== undefined) {
      const from = specifier !== undefined ? `"${specifier}" from ${basePath(base)}` : baseURL(base);
      throw new (E().ERR_INVALID_PACKAGE_CONFIG)(e.path, from, e[kJsonMessage]);
    }
    throw e;
  }
}

function readPackageScopeESM(file, base) {
  try {
    return readPackageScope(file);
  } catch (e) {
    if (e && e[kJsonMessage] !== undefined) {
      throw new (E().ERR_INVALID_PACKAGE_CONFIG)(e.path, baseURL(base), e[kJsonMessage]);
    }
    throw e;
  }
}

// Returns [file, hintSpecifier].
function packageResolve(specifier, base) {
  if (BuiltinModule.canBeRequiredByUsers(specifier) && !schemeOnly.has(specifier)) return ['node:' + specifier];
  const parsed = parsePackageName(specifier);
  if (!parsed) {
    throw new (E().ERR_INVALID_MODULE_SPECIFIER)(specifier, 'is not a valid package name', basePath(base));
  }
  const { name, subpath } = parsed;
  // Self reference.
  const scope = readPackageScopeESM(path.join(baseDir(base), 'x'), base);
  if (scope && scope.data.name === name && scope.data.exports != null) {
    return [resolvePackageExports(scope.path, subpath, scope.data, ctxFor(base))];
  }
  let dir = baseDir(base);
  for (;;) {
    if (!dir.endsWith('/node_modules')) {
      const pkgDir = path.join(dir, 'node_modules', name);
      if (fsb.internalModuleStat(pkgDir) === 1) {
        const pkg = readPackageESM(pkgDir, specifier, base);
        if (pkg?.exports != null) return [resolvePackageExports(pkgDir, subpath, pkg, ctxFor(base))];
        if (subpath === '.') return [legacyMainResolve(pkgDir, pkg, base)];
        return [path.resolve(pkgDir, subpath), specifier];
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new (E().ERR_MODULE_NOT_FOUND)(name, basePath(base));
}

const schemeOnly = new Set(['test', 'test/reporters', 'sea', 'sqlite']);

function unknownBuiltin(specifier) {
  return new (E().ERR_UNKNOWN_BUILTIN_MODULE)(specifier);
}

// resolve(specifier, base) -> module name: 'node:<id>' or an absolute path.
// With lenient (import.meta.resolve) the file need not exist.
function resolve(specifier, base, lenient = false) {
  const nul = specifier.indexOf('\x01');
  if (nul !== -1 || !lenient) {
    const type = nul === -1 ? undefined : specifier.slice(nul + 1);
    const name = resolveName(nul === -1 ? specifier : specifier.slice(0, nul), base, lenient);
    if (!lenient && (!base || !base.startsWith(kFacade))) checkAttributes(name, type);
    return name;
  }
  return resolveName(specifier, base, lenient);
}

function resolveName(specifier, base, lenient) {
  // Facade names (require() of ESM) are already resolved.
  if (specifier.startsWith(kFacade)) return specifier;
  if (specifier.startsWith('host:')) {
    if (!require('internal/embed').isHostModule(specifier)) throw unknownBuiltin(specifier);
    return specifier;
  }
  if (specifier.startsWith('node:')) {
    if (!BuiltinModule.canBeRequiredByUsers(specifier.slice(5))) {
      if (lenient) return specifier;
      throw unknownBuiltin(specifier);
    }
    return specifier;
  }
  if (BuiltinModule.canBeRequiredByUsers(specifier) && !schemeOnly.has(specifier)) {
    return 'node:' + specifier;
  }
  let file;
  let hintSpecifier;
  let suffix = '';
  if (specifier.startsWith('file:')) {
    const url = new URL(specifier);
    suffix = url.search + url.hash;
    url.search = '';
    url.hash = '';
    file = fileURLToPathLite(url);
    if (url.pathname.endsWith('/') && !file.endsWith('/')) file += '/';
  } else if (specifier.startsWith('/') || specifier.startsWith('./') || specifier.startsWith('../') ||
             specifier === '.' || specifier === '..') {
    let spec = specifier;
    const q = spec.search(/[?#]/);
    if (q !== -1) {
      suffix = spec.slice(q);
      spec = spec.slice(0, q);
    }
    file = path.resolve(baseDir(base), spec);
    if ((spec.endsWith('/') || spec.endsWith('/.') || spec.endsWith('/..') || spec === '.' || spec === '..') &&
        !file.endsWith('/')) {
      file += '/';
    }
    hintSpecifier = spec;
  } else if (specifier.startsWith('#')) {
    const scope = readPackageScopeESM(path.join(baseDir(base), 'x'), base);
    const r = resolvePackageImports(specifier, scope ? scope.path : undefined, scope ? scope.data : undefined,
      ctxFor(base));
    if (typeof r === 'object') {
      [file, hintSpecifier] = packageResolve(r.bare, scope ? path.join(scope.path, 'package.json') : base);
    } else {
      file = r;
    }
  } else if (/^[a-zA-Z][a-zA-Z\d+\-.]*:/.test(specifier)) {
    const err = new Error('Only URLs with a scheme in: file, data, and node are supported by the default ESM loader. ' +
      `Received protocol '${specifier.slice(0, specifier.indexOf(':') + 1)}'`);
    err.code = 'ERR_UNSUPPORTED_ESM_URL_SCHEME';
    throw err;
  } else {
    [file, hintSpecifier] = packageResolve(specifier, base);
  }
  if (file.startsWith('node:')) return file;
  if (file.startsWith('file:')) file = fileURLToPathLite(file);
  if (/%2f|%5c/i.test(file)) {
    throw new (E().ERR_INVALID_MODULE_SPECIFIER)(pathToURL(file),
      'must not include encoded "/" or "\\" characters', basePath(base));
  }
  if (lenient) {
    try {
      return fsb.realpath(file) + suffix;
    } catch {
      return file + suffix;
    }
  }
  return finalize(file, base, specifier, hintSpecifier) + suffix;
}

function moduleFormat(file) {
  if (file.endsWith('.mjs')) return 'module';
  if (file.endsWith('.cjs')) return 'commonjs';
  if (file.endsWith('.json')) return 'json';
  if (file.endsWith('.node')) return 'addon';
  const scope = readPackageScopeESM(file, file);
  const type = scope ? scope.data.type : 'none';
  if (file.endsWith('.js')) return type === 'module' ? 'module' : 'commonjs';
  if (type !== 'module' && path.extname(file) === '') return 'commonjs';
  throw new (E().ERR_UNKNOWN_FILE_EXTENSION)(path.extname(file), file);
}

const identRe = /^[A-Za-z_$][\w$]*$/;

// syntheticSource is the ES module text of a module whose value comes from
// hookExpr: the value is the default export and `names` its named exports.
function syntheticSource(hookExpr, names) {
  let src = `const __m = ${hookExpr};\nexport default __m;\n`;
  let i = 0;
  for (const n of names) {
    if (n === 'default') continue;
    const local = `__e${i++}`;
    const exported = identRe.test(n) ? n : JSONStringify(n);
    src += `const ${local} = __m == null ? undefined : __m[${JSONStringify(n)}];\nexport { ${local} as ${exported} };\n`;
  }
  return src;
}

const idPart = '[A-Za-z_$][\\w$]*';
const strLit = `(?:'([^'\\\\\\n]*)'|"([^"\\\\\\n]*)")`;

// cjsExportNames finds the names a CommonJS module assigns to exports the
// way Node's static analysis (cjs-module-lexer) does: it never runs the
// module. Returns { names, reexports }.
function cjsLex(source) {
  const names = new Set();
  const reexports = [];
  let m;
  const dot = new RegExp(`(?<![\\w$.])(?:module\\.)?exports\\.(${idPart})\\s*=(?!=)`, 'g');
  while ((m = dot.exec(source)) !== null) names.add(m[1]);
  const br = new RegExp(`(?<![\\w$.])(?:module\\.)?exports\\[\\s*${strLit}\\s*\\]\\s*=(?!=)`, 'g');
  while ((m = br.exec(source)) !== null) names.add(m[1] ?? m[2]);
  const dp = new RegExp(`Object\\.defineProperty\\(\\s*(?:module\\.)?exports\\s*,\\s*${strLit}\\s*,\\s*\\{`, 'g');
  const valueDesc = /^\s*(?:enumerable\s*:\s*(?:true|!0)\s*,\s*)?value\s*:/;
  const getDesc = new RegExp(`^\\s*enumerable\\s*:\\s*(?:true|!0)\\s*,\\s*get\\s*(?::\\s*function\\s*(?:${idPart})?\\s*)?\\(\\s*\\)\\s*\\{\\s*return\\s+${idPart}(?:\\.${idPart}|\\[\\s*${strLit}\\s*\\])*\\s*;?\\s*\\}`);
  while ((m = dp.exec(source)) !== null) {
    const rest = source.slice(dp.lastIndex);
    if (valueDesc.test(rest) || getDesc.test(rest)) names.add(m[1] ?? m[2]);
  }
  const req = `require\\s*\\(\\s*${strLit}\\s*\\)`;
  const reAll = new RegExp(`(?<![\\w$.])module\\.exports\\s*=\\s*${req}`, 'g');
  while ((m = reAll.exec(source)) !== null) reexports.push(m[1] ?? m[2]);
  const star = new RegExp(`__exportStar\\(\\s*${req}|__export\\(\\s*${req}`, 'g');
  while ((m = star.exec(source)) !== null) reexports.push(m[1] ?? m[2] ?? m[3] ?? m[4]);
  const lit = /(?<![\w$.])module\.exports\s*=\s*\{/g;
  const entryRe = new RegExp(`^\\s*(?:(${idPart})\\s*(?=[,}])|(${idPart})\\s*:\\s*${idPart}\\s*(?=[,}])|${strLit}\\s*:\\s*${idPart}\\s*(?=[,}])|\\.\\.\\.\\s*${req}\\s*(?=[,}]))`);
  while ((m = lit.exec(source)) !== null) {
    let rest = source.slice(lit.lastIndex);
    for (;;) {
      const e = entryRe.exec(rest);
      if (!e) break;
      if (e[1] !== undefined) names.add(e[1]);
      else if (e[2] !== undefined) names.add(e[2]);
      else if (e[3] !== undefined || e[4] !== undefined) names.add(e[3] ?? e[4]);
      else reexports.push(e[5] ?? e[6]);
      rest = rest.slice(e[0].length).replace(/^\s*/, '');
      if (rest[0] !== ',') break;
      rest = rest.slice(1);
    }
  }
  return { names, reexports };
}

function cjsExportNames(source, filename, seen = new Set()) {
  const { names, reexports } = cjsLex(source);
  if (filename) seen.add(filename);
  for (const spec of reexports) {
    let file;
    try {
      const Module = require('internal/modules/cjs/loader');
      const parent = new Module(filename, null);
      parent.filename = filename;
      parent.paths = Module._nodeModulePaths(path.dirname(filename));
      file = Module._resolveFilename(spec, parent, false);
    } catch {
      continue;
    }
    if (!path.isAbsolute(file) || seen.has(file)) continue;
    let format;
    try { format = moduleFormat(file); } catch { continue; }
    if (format !== 'commonjs') continue;
    let text;
    try { text = fsb.readFileUtf8(file); } catch { continue; }
    for (const n of cjsExportNames(text, file, seen)) names.add(n);
  }
  return [...names];
}

// Values handed to the module texts below, through the frozen
// __wqnodeESM global (a program can read them, not replace them). `required` is where the host's require(esm)
// entry module leaves the namespace it imported.
let required;
const hooks = {
  get required() { return required; },
  set required(ns) { required = ns; },
  builtin(id) { return require('internal/modules/cjs/loader')._load(id, null, false); },
  cjs(file) {
    const Module = require('internal/modules/cjs/loader');
    const cached = Module._cache[file];
    if (cached?.loaded) return cached.exports;
    return Module._load(file, null, false);
  },
  json(file) {
    // JSON modules share the CommonJS cache, both ways.
    const Module = require('internal/modules/cjs/loader');
    const cached = Module._cache[file];
    if (cached?.loaded) return cached.exports;
    const text = fsb.readFileUtf8(file);
    let value;
    try {
      value = JSONParse(text.charCodeAt(0) === 0xFEFF ? text.slice(1) : text);
    } catch (err) {
      err.message = file + ': ' + err.message;
      throw err;
    }
    const m = new Module(file, null);
    m.filename = file;
    m.paths = Module._nodeModulePaths(path.dirname(file));
    m.exports = value;
    m.loaded = true;
    Module._cache[file] = m;
    return value;
  },
  meta(meta, name) {
    const [file, suffix] = splitName(name);
    delete meta.main;
    meta.dirname = path.dirname(file);
    meta.filename = file;
    meta.resolve = function resolve(specifier) {
      const r = module.exports.resolve(`${specifier}`, name, true);
      if (r.startsWith('node:')) return r;
      const [f, sfx] = splitName(r);
      return pathToURL(f) + (f.endsWith('/') && !pathToURL(f).endsWith('/') ? '/' : '') + sfx;
    };
    meta.url = pathToURL(file) + suffix;
  },
};
ObjectFreeze(hooks);

// QuickJS parses neither import attributes (`with { type: 'json' }`) nor
// the options argument of import(). For string-literal specifiers the
// attribute type is moved into the specifier (after a \x01 character; module names are C strings to the host) and
// checked by resolve(), as Node checks it.
const staticAttrRe = /(\b(?:from|import)\s*(['"]))([^'"\n]*)\2\s*(?:with|assert)\s*\{([^{}]*)\}/g;
const dynamicAttrRe = /(\bimport\s*\(\s*(['"`]))([^'"`\n]*)\2\s*,\s*\{\s*(?:with|assert)\s*:\s*\{([^{}]*)\}\s*,?\s*\}\s*\)/g;
const typeAttrRe = /(?:^|,)\s*(?:type|'type'|"type")\s*:\s*(['"])([^'"]*)\1/;

function stripImportAttributes(text) {
  if (!text.includes('with') && !text.includes('assert')) return text;
  const mark = (spec, attrs) => {
    const t = typeAttrRe.exec(attrs);
    return t ? `${spec}\\u0001${t[2].replace(/[^\w-]/g, '')}` : spec;
  };
  return text
    .replace(staticAttrRe, (all, head, q, spec, attrs) => `${head}${mark(spec, attrs)}${q}`)
    .replace(dynamicAttrRe, (all, head, q, spec, attrs) => `${head}${mark(spec, attrs)}${q})`);
}

// checkAttributes applies Node's rules for the "type" import attribute.
function checkAttributes(name, type) {
  if (name.startsWith('node:') || name.startsWith('host:')) {
    if (type !== undefined && type !== 'json') throw new (E().ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED)(type);
    if (type === 'json') throw new (E().ERR_IMPORT_ASSERTION_TYPE_FAILED)(name, type);
    return;
  }
  const [file] = splitName(name);
  const format = moduleFormat(file);
  const url = pathToURL(file);
  if (type === undefined) {
    if (format === 'json') throw new (E().ERR_IMPORT_ASSERTION_TYPE_MISSING)(url, 'json');
  } else if (type !== 'json') {
    throw new (E().ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED)(type);
  } else if (format !== 'json') {
    throw new (E().ERR_IMPORT_ASSERTION_TYPE_FAILED)(url, type);
  }
}

// The module texts reach the hooks through the global binding the
// bootstrap defined (internal/bootstrap/node): a bare identifier, so no
// replaced globalThis or Symbol.for redirects them.
const hookRef = '__wqnodeESM';

function source(name) {
  if (name.startsWith(kFacade)) {
    // require() of an ES module with a default export: its namespace plus
    // __esModule, as Node 20.19+ returns it.
    const target = JSONStringify(name.slice(kFacade.length));
    return `export * from ${target};\nexport { default } from ${target};\nexport const __esModule = true;\n`;
  }
  if (name.startsWith('host:')) {
    const exp = require('internal/embed').loadHostModule(name);
    return syntheticSource(`${hookRef}.host(${JSONStringify(name)})`, ObjectKeys(exp));
  }
  if (name.startsWith('node:')) {
    // The prefixed id: some builtins (node:test) exist only under it.
    const exp = hooks.builtin(name);
    return syntheticSource(`${hookRef}.builtin(${JSONStringify(name)})`,
      exp !== null && (typeof exp === 'object' || typeof exp === 'function') ? ObjectKeys(exp) : []);
  }
  const full = name;
  name = splitName(name)[0];
  const format = moduleFormat(name);
  if (format === 'addon') {
    throw new (E().ERR_UNKNOWN_FILE_EXTENSION)('.node', name);
  }
  if (format === 'json') {
    return `export default ${hookRef}.json(${JSONStringify(name)});\n`;
  }
  let text = fsb.readFileUtf8(name);
  if (format === 'commonjs') {
    return syntheticSource(`${hookRef}.cjs(${JSONStringify(name)})`, cjsExportNames(text, name));
  }
  text = stripImportAttributes(text);
  // QuickJS does not parse string export names; the one packages use is
  // require(esm)'s "module.exports", renamed here and mapped back below.
  text = text.replace(/\bas\s+(['"])module\.exports\1/g, `as ${kModuleExportsName}`);
  // Give import.meta Node's fields without moving any line of the source.
  const prefix = `${hookRef}.meta(import.meta, ${JSONStringify(full)});`;
  let body = text.charCodeAt(0) === 0xFEFF ? text.slice(1) : text;
  const { recordShift } = require('internal/modules/column_shift');
  if (body.startsWith('#!')) {
    const nl = body.indexOf('\n');
    recordShift(name, 2, prefix.length);
    return nl === -1 ? prefix : body.slice(0, nl + 1) + prefix + body.slice(nl + 1);
  }
  recordShift(name, 1, prefix.length);
  return prefix + body;
}

// The engine's module hooks are registered once, by the bootstrap, and
// call resolve and source below.

// canRequireESM reports whether the host can evaluate an ES module graph
// synchronously for require().
function canRequireESM() {
  return typeof moduleWrap.requireModule === 'function';
}

// requireESM is require() of the ES module at file (Node 20.19+): the
// namespace (with __esModule added when it has a default export), or the
// "module.exports" export when the module has one.
function requireESM(file, parentFile) {
  let ns = moduleWrap.requireModule(file);
  if (ns === null) throw new (E().ERR_REQUIRE_ASYNC_MODULE)(file, parentFile);
  if (Object.prototype.hasOwnProperty.call(ns, 'module.exports')) return ns['module.exports'];
  if (Object.prototype.hasOwnProperty.call(ns, kModuleExportsName)) return ns[kModuleExportsName];
  if ('default' in ns && !('__esModule' in ns)) {
    ns = moduleWrap.requireModule(kFacade + file);
  }
  return ns;
}

let mainPromise;
let mainSettled = false;

function runMainESM(mainPath) {
  mainPromise = import(mainPath).then(() => { mainSettled = true; }, (err) => {
    mainSettled = true;
    require('internal/process/execution').onUncaught(err);
  });
}

// Node exits with 13 when the main module's top-level await never settles.
function unsettledTopLevelAwait() {
  return mainPromise !== undefined && !mainSettled;
}

module.exports = {
  hooks, resolve, source, runMainESM, unsettledTopLevelAwait, cjsExportNames, canRequireESM, requireESM, stripImportAttributes,
};
