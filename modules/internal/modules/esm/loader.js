'use strict';
// ES modules: Node's resolution (relative and absolute paths, file: URLs,
// builtins, packages with "exports"/"imports" and the "import" condition),
// and the source QuickJS compiles for each kind of module: ES module text,
// JSON, CommonJS (wrapped with statically detected named exports) and
// builtins (wrapped around their exports).

const { BuiltinModule } = require('internal/bootstrap/realm');
const fsb = internalBinding('fs');
const { setHooks } = internalBinding('module_wrap');
const path = require('path');
const { readPackage, readPackageScope, resolvePackageExports, resolvePackageImports } =
  require('internal/modules/package_resolve');

const kHooks = Symbol.for('wqnode.esm');
const conditions = ['node', 'import'];

function fileURLToPathLite(url) {
  return require('url').fileURLToPath(url);
}

function pathToURL(p) {
  return require('url').pathToFileURL(p).href;
}

function notFound(what, base, isPackage) {
  const from = base && !base.startsWith('node:') ? ` imported from ${base}` : '';
  const err = new Error(`Cannot find ${isPackage ? 'package' : 'module'} '${what}'${from}`);
  err.code = 'ERR_MODULE_NOT_FOUND';
  if (!isPackage) err.url = pathToURL(what);
  return err;
}

function finalize(file, base) {
  const rc = fsb.internalModuleStat(file);
  if (rc === 1) {
    const err = new Error(`Directory import '${file}' is not supported resolving ES modules imported from ${base}`);
    err.code = 'ERR_UNSUPPORTED_DIR_IMPORT';
    err.url = pathToURL(file);
    throw err;
  }
  if (rc !== 0) throw notFound(file, base, false);
  try {
    return fsb.realpath(file);
  } catch {
    return file;
  }
}

function baseDir(base) {
  if (!base || base.startsWith('node:') || !path.isAbsolute(base)) return process.cwd();
  return path.dirname(base);
}

function legacyMainResolve(pkgDir, pkg, base) {
  const tries = [];
  if (pkg?.main) {
    const m = path.resolve(pkgDir, pkg.main);
    tries.push(m, m + '.js', m + '.json', m + '.node', m + '/index.js', m + '/index.json', m + '/index.node');
  }
  tries.push(path.join(pkgDir, 'index.js'), path.join(pkgDir, 'index.json'), path.join(pkgDir, 'index.node'));
  for (const t of tries) if (fsb.internalModuleStat(t) === 0) return t;
  throw notFound(pkgDir, base, false);
}

function packageResolve(specifier, base) {
  let name;
  let sep = specifier.indexOf('/');
  if (specifier[0] === '@') {
    if (sep === -1) throw invalidSpecifier(specifier, base);
    sep = specifier.indexOf('/', sep + 1);
  }
  name = sep === -1 ? specifier : specifier.slice(0, sep);
  if (name.startsWith('.') || name.includes('\\') || name.includes('%')) throw invalidSpecifier(specifier, base);
  const subpath = '.' + (sep === -1 ? '' : specifier.slice(sep));
  // Self reference.
  const scope = readPackageScope(path.join(baseDir(base), 'x'));
  if (scope && scope.data.name === name && scope.data.exports != null) {
    return resolvePackageExports(scope.path, subpath, scope.data, base, conditions);
  }
  let dir = baseDir(base);
  for (;;) {
    if (!dir.endsWith('/node_modules')) {
      const pkgDir = path.join(dir, 'node_modules', name);
      if (fsb.internalModuleStat(pkgDir) === 1) {
        const pkg = readPackage(pkgDir);
        if (pkg?.exports != null) return resolvePackageExports(pkgDir, subpath, pkg, base, conditions);
        if (subpath === '.') return legacyMainResolve(pkgDir, pkg, base);
        return path.resolve(pkgDir, subpath);
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw notFound(name, base, true);
}

function invalidSpecifier(specifier, base) {
  const err = new TypeError(`Invalid module "${specifier}" is not a valid package name imported from ${base}`);
  err.code = 'ERR_INVALID_MODULE_SPECIFIER';
  return err;
}

// resolve(specifier, base) -> module name: 'node:<id>' or an absolute path.
function resolve(specifier, base) {
  if (specifier.startsWith('node:')) {
    const id = specifier.slice(5);
    if (!BuiltinModule.canBeRequiredByUsers(id)) {
      const err = new Error(`No such built-in module: ${specifier}`);
      err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
      throw err;
    }
    return specifier;
  }
  if (BuiltinModule.canBeRequiredByUsers(specifier) && !['test', 'sea', 'sqlite'].includes(specifier)) {
    return 'node:' + specifier;
  }
  let file;
  if (specifier.startsWith('file:')) {
    file = fileURLToPathLite(specifier);
  } else if (specifier.startsWith('/')) {
    file = specifier;
  } else if (specifier.startsWith('./') || specifier.startsWith('../') || specifier === '.' || specifier === '..') {
    file = path.resolve(baseDir(base), specifier);
  } else if (specifier.startsWith('#')) {
    const scope = readPackageScope(path.join(baseDir(base), 'x'));
    if (!scope) throw notFound(specifier, base, true);
    const r = resolvePackageImports(specifier, scope.path, scope.data, base, conditions);
    file = typeof r === 'object' ? packageResolve(r.bare, base) : r;
  } else if (/^[a-zA-Z][a-zA-Z\d+\-.]*:/.test(specifier)) {
    const err = new Error(`Only URLs with a scheme in: file, data, and node are supported by the default ESM loader. Received protocol '${specifier.slice(0, specifier.indexOf(':') + 1)}'`);
    err.code = 'ERR_UNSUPPORTED_ESM_URL_SCHEME';
    throw err;
  } else {
    file = packageResolve(specifier, base);
  }
  if (file.startsWith('file:')) file = fileURLToPathLite(file);
  return finalize(file, base);
}

function moduleFormat(file) {
  if (file.endsWith('.mjs')) return 'module';
  if (file.endsWith('.cjs')) return 'commonjs';
  if (file.endsWith('.json')) return 'json';
  if (file.endsWith('.node')) return 'addon';
  const scope = readPackageScope(file);
  const type = scope ? scope.data.type : 'none';
  if (file.endsWith('.js')) return type === 'module' ? 'module' : 'commonjs';
  if (type !== 'module' && path.extname(file) === '') return 'commonjs';
  const err = new TypeError(`Unknown file extension "${path.extname(file)}" for ${file}`);
  err.code = 'ERR_UNKNOWN_FILE_EXTENSION';
  throw err;
}

const identRe = /^[A-Za-z_$][\w$]*$/;

function exportList(names) {
  const out = [];
  for (const n of names) {
    if (n === 'default' || !identRe.test(n)) continue;
    out.push(n);
  }
  return out;
}

function syntheticSource(hookExpr, names) {
  const list = exportList(names);
  let src = `const __m = ${hookExpr};\nexport default __m;\n`;
  if (list.length) {
    src += `const { ${list.join(', ')} } = __m ?? {};\nexport { ${list.join(', ')} };\n`;
  }
  return src;
}

// cjsExportNames finds the names a CommonJS module assigns to exports, as
// Node's static analysis does (it never runs the module to find them).
function cjsExportNames(source) {
  const names = new Set();
  let m;
  const dot = /(?:module\.)?exports\.([A-Za-z_$][\w$]*)\s*=/g;
  while ((m = dot.exec(source)) !== null) names.add(m[1]);
  const br = /(?:module\.)?exports\[\s*(['"])([^'"]+)\1\s*\]\s*=/g;
  while ((m = br.exec(source)) !== null) names.add(m[2]);
  const dp = /Object\.defineProperty\(\s*(?:module\.)?exports\s*,\s*(['"])([^'"]+)\1/g;
  while ((m = dp.exec(source)) !== null) names.add(m[2]);
  const lit = /module\.exports\s*=\s*\{([^}]*)\}/g;
  while ((m = lit.exec(source)) !== null) {
    for (let part of m[1].split(',')) {
      part = part.trim();
      if (!part || part.startsWith('...')) continue;
      const key = /^(?:(['"])([^'"]+)\1|([A-Za-z_$][\w$]*))\s*(?::|\(|$)/.exec(part);
      if (key) names.add(key[2] || key[3]);
    }
  }
  return [...names];
}

const hooks = {
  builtin(id) { return require('internal/modules/cjs/loader')._load(id, null, false); },
  cjs(file) {
    const Module = require('internal/modules/cjs/loader');
    const cached = Module._cache[file];
    if (cached?.loaded) return cached.exports;
    return Module._load(file, null, false);
  },
  meta(meta, file) {
    delete meta.main;
    meta.url = pathToURL(file);
    meta.filename = file;
    meta.dirname = path.dirname(file);
    meta.resolve = (specifier) => {
      const r = resolve(`${specifier}`, file);
      return r.startsWith('node:') ? r : pathToURL(r);
    };
  },
};
Object.defineProperty(globalThis, kHooks, { value: hooks });

function source(name) {
  if (name.startsWith('node:')) {
    const id = name.slice(5);
    const exp = hooks.builtin(id);
    return syntheticSource(`globalThis[Symbol.for('wqnode.esm')].builtin(${JSON.stringify(id)})`,
      exp !== null && (typeof exp === 'object' || typeof exp === 'function') ? Object.keys(exp) : []);
  }
  const format = moduleFormat(name);
  if (format === 'addon') {
    const err = new TypeError(`Unknown file extension ".node" for ${name}`);
    err.code = 'ERR_UNKNOWN_FILE_EXTENSION';
    throw err;
  }
  let text = fsb.readFileUtf8(name);
  if (format === 'json') {
    JSON.parse(text);
    return `export default JSON.parse(${JSON.stringify(text)});\n`;
  }
  if (format === 'commonjs') {
    return syntheticSource(`globalThis[Symbol.for('wqnode.esm')].cjs(${JSON.stringify(name)})`, cjsExportNames(text));
  }
  // QuickJS does not parse import attributes (`with { type: 'json' }`);
  // every module kind is known from its file, so they are dropped.
  text = text.replace(/(\bfrom\s*(['"])[^'"\n]*\2)\s*(?:with|assert)\s*\{[^}]*\}/g, '$1');
  // Give import.meta Node's fields without moving any line of the source.
  const prefix = `globalThis[Symbol.for('wqnode.esm')].meta(import.meta, ${JSON.stringify(name)});`;
  let body = text.charCodeAt(0) === 0xFEFF ? text.slice(1) : text;
  if (body.startsWith('#!')) {
    const nl = body.indexOf('\n');
    return nl === -1 ? prefix : body.slice(0, nl + 1) + prefix + body.slice(nl + 1);
  }
  return prefix + body;
}

setHooks(resolve, source);

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

module.exports = { resolve, runMainESM, unsettledTopLevelAwait, cjsExportNames };
