'use strict';
// package.json reading and the "exports"/"imports" resolution algorithm
// shared by the CommonJS and ES module loaders.
//
// Paths here are file system paths, not URLs. `ctx` describes the request
// for error messages and condition matching:
//   { conditions: string[], base: path of the importer or undefined,
//     configBase: what ERR_INVALID_PACKAGE_CONFIG names as the importer }

const fsb = internalBinding('fs');
const path = require('path');
const { ObjectPrototypeHasOwnProperty } = primordials;

const packageCache = new Map();
const kJsonMessage = Symbol('kJsonMessage');

function errors() { return require('internal/errors').codes; }

// readPackage returns the parsed package.json in dir, or undefined when
// there is none. A malformed file throws Node's CommonJS error (a
// SyntaxError "Error parsing <path>: <reason>" with .path); the ES module
// loader turns it into ERR_INVALID_PACKAGE_CONFIG.
function readPackage(dir) {
  const jsonPath = path.resolve(dir, 'package.json');
  const cached = packageCache.get(jsonPath);
  if (cached !== undefined) return cached || undefined;
  let json;
  try {
    json = fsb.readFileUtf8(jsonPath);
  } catch {
    packageCache.set(jsonPath, false);
    return undefined;
  }
  let parsed;
  try {
    parsed = JSON.parse(json.charCodeAt(0) === 0xFEFF ? json.slice(1) : json);
  } catch (e) {
    const err = new SyntaxError(`Error parsing ${jsonPath}: ${e.message}`);
    err.path = jsonPath;
    err[kJsonMessage] = e.message;
    throw err;
  }
  if (parsed === null || typeof parsed !== 'object') parsed = { __proto__: null };
  // Only the file's own fields: a program that defined Object.prototype.main
  // (or name, type, exports, imports) does not reach the loader through it.
  const own = (key) => (ObjectPrototypeHasOwnProperty(parsed, key) ? parsed[key] : undefined);
  const name = own('name');
  const main = own('main');
  const type = own('type');
  const data = {
    __proto__: null,
    name: typeof name === 'string' ? name : undefined,
    main: typeof main === 'string' ? main : undefined,
    exports: own('exports'),
    imports: own('imports'),
    type: type === 'module' || type === 'commonjs' ? type : 'none',
    pjsonPath: jsonPath,
    exists: true,
  };
  packageCache.set(jsonPath, data);
  return data;
}

// readPackageScope finds the nearest package.json above checkPath (a file
// path), stopping at a node_modules folder. Returns { data, path } or false.
function readPackageScope(checkPath) {
  let sep = checkPath.lastIndexOf('/');
  while (sep >= 0) {
    const dir = checkPath.slice(0, sep);
    if (dir.endsWith('/node_modules')) return false;
    const data = readPackage(dir || '/');
    if (data) return { data, path: dir || '/' };
    if (sep === 0) break;
    sep = checkPath.lastIndexOf('/', sep - 1);
  }
  return false;
}

function pjson(pkgPath) {
  return path.resolve(pkgPath, 'package.json');
}

function withSlash(pkgPath) {
  return pkgPath.endsWith('/') ? pkgPath : pkgPath + '/';
}

function invalidConfig(pkgPath, ctx, message) {
  return new (errors().ERR_INVALID_PACKAGE_CONFIG)(pjson(pkgPath), ctx.configBase, message);
}

function isConditionalSugar(exports, pkgPath, ctx) {
  if (typeof exports === 'string' || Array.isArray(exports)) return true;
  if (typeof exports !== 'object' || exports === null) return false;
  let isConditional;
  let i = 0;
  for (const key of Object.getOwnPropertyNames(exports)) {
    const cur = key === '' || key[0] !== '.';
    if (i++ === 0) {
      isConditional = cur;
    } else if (isConditional !== cur) {
      throw invalidConfig(pkgPath, ctx,
        '"exports" cannot contain some keys starting with \'.\' and some not.' +
        ' The exports object must either be an object of package subpath keys' +
        ' or an object of main entry condition name keys only.');
    }
  }
  return isConditional;
}

function patternKeyCompare(a, b) {
  const aPatternIndex = a.indexOf('*');
  const bPatternIndex = b.indexOf('*');
  const baseLenA = aPatternIndex === -1 ? a.length : aPatternIndex + 1;
  const baseLenB = bPatternIndex === -1 ? b.length : bPatternIndex + 1;
  if (baseLenA > baseLenB) return -1;
  if (baseLenB > baseLenA) return 1;
  if (aPatternIndex === -1) return 1;
  if (bPatternIndex === -1) return -1;
  if (a.length > b.length) return -1;
  if (b.length > a.length) return 1;
  return 0;
}

// A segment that is empty, ".", ".." or "node_modules" (also percent-encoded).
const invalidSegmentRegEx = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))?(\\|\/|$)/i;
// The same without empty segments (those are deprecated, not rejected).
const deprecatedInvalidSegmentRegEx = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))(\\|\/|$)/i;

function invalidTarget(pkgPath, key, target, internal, ctx) {
  return new (errors().ERR_INVALID_PACKAGE_TARGET)(withSlash(pkgPath), key, target, internal, ctx.base);
}

function isURL(s) {
  try {
    new URL(s);
    return true;
  } catch {
    return false;
  }
}

function resolvePackageTargetString(target, subpath, match, pkgPath, pattern, internal, ctx) {
  if (subpath !== '' && !pattern && target[target.length - 1] !== '/') {
    throw invalidTarget(pkgPath, match, target, internal, ctx);
  }
  if (!target.startsWith('./')) {
    if (internal && !target.startsWith('../') && !target.startsWith('/') && !isURL(target)) {
      // "#dep": "some-package" -- resolved as a package by the caller.
      const exportTarget = pattern ? target.replace(/\*/g, () => subpath) : target + subpath;
      return { bare: exportTarget };
    }
    throw invalidTarget(pkgPath, match, target, internal, ctx);
  }
  if (invalidSegmentRegEx.test(target.slice(2)) &&
      deprecatedInvalidSegmentRegEx.test(target.slice(2))) {
    throw invalidTarget(pkgPath, match, target, internal, ctx);
  }
  const pkgRoot = path.resolve(pkgPath);
  let resolved = path.resolve(pkgRoot, target);
  if (target.endsWith('/') && !resolved.endsWith('/')) resolved += '/';
  if (!resolved.startsWith(withSlash(pkgRoot))) {
    throw invalidTarget(pkgPath, match, target, internal, ctx);
  }
  if (subpath === '') return resolved;
  if (invalidSegmentRegEx.test(subpath) &&
      (!pattern || deprecatedInvalidSegmentRegEx.test(subpath))) {
    const request = pattern ? match.replace('*', () => subpath) : match + subpath;
    const reason = pattern ?
      `request is not a valid match in pattern "${match}" for the "${internal ? 'imports' : 'exports'}" resolution of ${pjson(pkgPath)}` :
      `request is not a valid subpath for the "${internal ? 'imports' : 'exports'}" resolution of ${pjson(pkgPath)}`;
    throw new (errors().ERR_INVALID_MODULE_SPECIFIER)(request, reason, ctx.base);
  }
  if (pattern) return resolved.replace(/\*/g, () => subpath);
  return resolved + subpath;
}

function isArrayIndex(key) {
  const keyNum = +key;
  if (`${keyNum}` !== key) return false;
  return keyNum >= 0 && keyNum < 0xFFFFFFFF;
}

// Returns a path, { bare } for a package named by an imports target, null
// for an explicit null target, or undefined when no condition matched.
function resolvePackageTarget(pkgPath, target, subpath, packageSubpath, pattern, internal, ctx) {
  if (typeof target === 'string') {
    return resolvePackageTargetString(target, subpath, packageSubpath, pkgPath, pattern, internal, ctx);
  }
  if (Array.isArray(target)) {
    if (target.length === 0) return null;
    let lastException;
    for (const targetItem of target) {
      let resolveResult;
      try {
        resolveResult = resolvePackageTarget(pkgPath, targetItem, subpath, packageSubpath, pattern, internal, ctx);
      } catch (e) {
        lastException = e;
        if (e.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
        throw e;
      }
      if (resolveResult === undefined) continue;
      if (resolveResult === null) {
        lastException = null;
        continue;
      }
      return resolveResult;
    }
    if (lastException === undefined || lastException === null) return lastException;
    throw lastException;
  }
  if (typeof target === 'object' && target !== null) {
    const keys = Object.getOwnPropertyNames(target);
    for (const key of keys) {
      if (isArrayIndex(key)) {
        throw invalidConfig(pkgPath, ctx, '"exports" cannot contain numeric property keys.');
      }
    }
    for (const key of keys) {
      if (key === 'default' || ctx.conditions.includes(key)) {
        const resolveResult = resolvePackageTarget(pkgPath, target[key], subpath, packageSubpath, pattern, internal, ctx);
        if (resolveResult === undefined) continue;
        return resolveResult;
      }
    }
    return undefined;
  }
  if (target === null) return null;
  throw invalidTarget(pkgPath, packageSubpath, target, internal, ctx);
}

function notExported(pkgPath, subpath, ctx) {
  return new (errors().ERR_PACKAGE_PATH_NOT_EXPORTED)(withSlash(pkgPath), subpath, ctx.base);
}

// bestPatternMatch finds the most specific "*" key of map matching request.
function bestPatternMatch(map, request) {
  let bestMatch = '';
  let bestMatchSubpath;
  for (const key of Object.getOwnPropertyNames(map)) {
    const patternIndex = key.indexOf('*');
    if (patternIndex !== -1 && request.startsWith(key.slice(0, patternIndex))) {
      const patternTrailer = key.slice(patternIndex + 1);
      if (request.length >= key.length &&
          request.endsWith(patternTrailer) &&
          patternKeyCompare(bestMatch, key) === 1 &&
          key.lastIndexOf('*') === patternIndex) {
        bestMatch = key;
        bestMatchSubpath = request.slice(patternIndex, request.length - patternTrailer.length);
      }
    }
  }
  return bestMatch ? { key: bestMatch, subpath: bestMatchSubpath } : undefined;
}

// resolvePackageExports maps packageSubpath ('.' or './x') through the
// package's "exports"; returns an absolute path.
function resolvePackageExports(pkgPath, packageSubpath, packageConfig, ctx) {
  let exports = packageConfig.exports;
  if (isConditionalSugar(exports, pkgPath, ctx)) exports = { '.': exports };
  if (Object.prototype.hasOwnProperty.call(exports, packageSubpath) &&
      !packageSubpath.includes('*') && !packageSubpath.endsWith('/')) {
    const resolveResult = resolvePackageTarget(pkgPath, exports[packageSubpath], '', packageSubpath, false, false, ctx);
    if (resolveResult == null) throw notExported(pkgPath, packageSubpath, ctx);
    return resolveResult;
  }
  const best = bestPatternMatch(exports, packageSubpath);
  if (best) {
    const resolveResult = resolvePackageTarget(pkgPath, exports[best.key], best.subpath, best.key, true, false, ctx);
    if (resolveResult == null) throw notExported(pkgPath, packageSubpath, ctx);
    return resolveResult;
  }
  throw notExported(pkgPath, packageSubpath, ctx);
}

// resolvePackageImports maps a "#name" specifier through the "imports" of
// the package at pkgPath (packageConfig may be undefined when there is no
// package scope). Returns an absolute path or { bare: specifier }.
function resolvePackageImports(name, pkgPath, packageConfig, ctx) {
  const E = errors();
  if (name === '#' || name.startsWith('#/') || name.endsWith('/')) {
    throw new E.ERR_INVALID_MODULE_SPECIFIER(name, 'is not a valid internal imports specifier name', ctx.base);
  }
  const imports = packageConfig?.imports;
  if (imports !== null && typeof imports === 'object' && !Array.isArray(imports)) {
    if (Object.prototype.hasOwnProperty.call(imports, name) && !name.includes('*')) {
      const resolveResult = resolvePackageTarget(pkgPath, imports[name], '', name, false, true, ctx);
      if (resolveResult != null) return resolveResult;
    } else {
      const best = bestPatternMatch(imports, name);
      if (best) {
        const resolveResult = resolvePackageTarget(pkgPath, imports[best.key], best.subpath, best.key, true, true, ctx);
        if (resolveResult != null) return resolveResult;
      }
    }
  }
  throw new E.ERR_PACKAGE_IMPORT_NOT_DEFINED(name, packageConfig ? withSlash(pkgPath) : undefined, ctx.base);
}

// parsePackageName splits 'name/sub' / '@scope/name/sub' into the package
// name and './sub'; returns undefined for an invalid name.
function parsePackageName(specifier) {
  let sep = specifier.indexOf('/');
  if (specifier[0] === '@') {
    if (sep === -1) return undefined;
    sep = specifier.indexOf('/', sep + 1);
  }
  const name = sep === -1 ? specifier : specifier.slice(0, sep);
  if (name === '' || name.startsWith('.') || name.includes('\\') || name.includes('%')) return undefined;
  return { name, subpath: '.' + (sep === -1 ? '' : specifier.slice(sep)) };
}

module.exports = {
  readPackage,
  readPackageScope,
  resolvePackageExports,
  resolvePackageImports,
  parsePackageName,
  kJsonMessage,
};
