'use strict';
// package.json reading and the "exports"/"imports" resolution algorithm
// shared by the CommonJS and ES module loaders.

const fsb = internalBinding('fs');
const path = require('path');

const packageCache = new Map();

function errors() { return require('internal/errors').codes; }

// readPackage returns the parsed package.json in dir, or undefined.
function readPackage(dir) {
  const jsonPath = path.resolve(dir, 'package.json');
  if (packageCache.has(jsonPath)) return packageCache.get(jsonPath);
  let json;
  try {
    json = fsb.readFileUtf8(jsonPath);
  } catch {
    packageCache.set(jsonPath, undefined);
    return undefined;
  }
  let parsed;
  try {
    parsed = JSON.parse(json);
  } catch (e) {
    const err = new Error(`Invalid package config ${jsonPath}.`);
    err.code = 'ERR_INVALID_PACKAGE_CONFIG';
    err.path = jsonPath;
    err.cause = e;
    throw err;
  }
  const data = {
    name: typeof parsed.name === 'string' ? parsed.name : undefined,
    main: typeof parsed.main === 'string' ? parsed.main : undefined,
    exports: parsed.exports,
    imports: parsed.imports,
    type: parsed.type === 'module' || parsed.type === 'commonjs' ? parsed.type : 'none',
    pjsonPath: jsonPath,
  };
  packageCache.set(jsonPath, data);
  return data;
}

// readPackageScope finds the nearest package.json above checkPath.
function readPackageScope(checkPath) {
  let sep = checkPath.lastIndexOf('/');
  while (sep > 0 || (sep === 0 && checkPath.length > 1)) {
    const dir = checkPath.slice(0, sep);
    if (dir.endsWith('/node_modules')) return false;
    const data = readPackage(dir || '/');
    if (data) return { data, path: dir || '/' };
    if (sep === 0) break;
    sep = checkPath.lastIndexOf('/', sep - 1);
  }
  const data = readPackage('/');
  return data ? { data, path: '/' } : false;
}

function isConditionalSugar(exports, pkgPath) {
  if (typeof exports === 'string' || Array.isArray(exports)) return true;
  if (typeof exports !== 'object' || exports === null) return false;
  let isConditional;
  let i = 0;
  for (const key of Object.keys(exports)) {
    const cur = key === '' || key[0] !== '.';
    if (i++ === 0) {
      isConditional = cur;
    } else if (isConditional !== cur) {
      throw new (errors().ERR_INVALID_PACKAGE_CONFIG)(path.resolve(pkgPath, 'package.json'), undefined,
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

const invalidSegmentRegEx = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))?(\\|\/|$)/i;
const deprecatedInvalidSegmentRegEx = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))(\\|\/|$)/i;

function invalidTarget(pkgPath, key, target, isImports, base) {
  const E = errors();
  const msg = typeof target === 'object' && target !== null ? JSON.stringify(target, null, '') : `${target}`;
  const rel = `Invalid "${isImports ? 'imports' : 'exports'}" target ${JSON.stringify(msg)} defined ` +
    `for '${key}' in the package config ${path.resolve(pkgPath, 'package.json')}${base ? ` imported from ${base}` : ''}`;
  const err = new Error(rel + (typeof target === 'string' && !isImports && target.length && !target.startsWith('./') ?
    '; targets must start with "./"' : ''));
  err.code = 'ERR_INVALID_PACKAGE_TARGET';
  return err;
}

function resolvePackageTargetString(target, subpath, match, pkgPath, base, pattern, internal, isPathMap, conditions) {
  if (subpath !== '' && !pattern && target[target.length - 1] !== '/') {
    throw invalidTarget(pkgPath, match, target, internal, base);
  }
  if (!target.startsWith('./')) {
    if (internal && !target.startsWith('../') && !target.startsWith('/')) {
      let isURL = false;
      try { new URL(target); isURL = true; } catch {}
      if (!isURL) {
        const exportTarget = pattern ? target.replace(/\*/g, () => subpath) : target + subpath;
        return { bare: exportTarget };
      }
    }
    throw invalidTarget(pkgPath, match, target, internal, base);
  }
  if (invalidSegmentRegEx.test(target.slice(2))) {
    if (!deprecatedInvalidSegmentRegEx.test(target.slice(2))) {
      // deprecated but allowed
    } else {
      throw invalidTarget(pkgPath, match, target, internal, base);
    }
  }
  const resolved = path.resolve(pkgPath, target);
  const pkgRoot = path.resolve(pkgPath);
  if (!(resolved + '/').startsWith(pkgRoot + '/') && resolved !== pkgRoot) {
    throw invalidTarget(pkgPath, match, target, internal, base);
  }
  if (subpath === '') return resolved;
  if (invalidSegmentRegEx.test(subpath)) {
    const request = pattern ? match.replace('*', () => subpath) : match + subpath;
    const err = new Error(`Request '${request}' matched a ${internal ? 'imports' : 'exports'} pattern ` +
      `but the resulting path is invalid in ${path.resolve(pkgPath, 'package.json')}`);
    err.code = 'ERR_INVALID_MODULE_SPECIFIER';
    throw err;
  }
  if (pattern) return resolved.replace(/\*/g, () => subpath);
  return resolved + subpath;
}

function isArrayIndex(key) {
  const keyNum = +key;
  if (`${keyNum}` !== key) return false;
  return keyNum >= 0 && keyNum < 0xFFFFFFFF;
}

function resolvePackageTarget(pkgPath, target, subpath, packageSubpath, base, pattern, internal, isPathMap, conditions) {
  if (typeof target === 'string') {
    return resolvePackageTargetString(target, subpath, packageSubpath, pkgPath, base, pattern, internal, isPathMap, conditions);
  } else if (Array.isArray(target)) {
    if (target.length === 0) return null;
    let lastException;
    for (const targetItem of target) {
      let resolveResult;
      try {
        resolveResult = resolvePackageTarget(pkgPath, targetItem, subpath, packageSubpath, base, pattern, internal, isPathMap, conditions);
      } catch (e) {
        lastException = e;
        if (e.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
        throw e;
      }
      if (resolveResult === undefined) continue;
      if (resolveResult === null) { lastException = null; continue; }
      return resolveResult;
    }
    if (lastException === undefined || lastException === null) return lastException;
    throw lastException;
  } else if (typeof target === 'object' && target !== null) {
    const keys = Object.getOwnPropertyNames(target);
    for (const key of keys) {
      if (isArrayIndex(key)) {
        const err = new Error(`Invalid package config ${path.resolve(pkgPath, 'package.json')}. "exports" cannot contain numeric property keys.`);
        err.code = 'ERR_INVALID_PACKAGE_CONFIG';
        throw err;
      }
    }
    for (const key of keys) {
      if (key === 'default' || conditions.includes(key)) {
        const conditionalTarget = target[key];
        const resolveResult = resolvePackageTarget(pkgPath, conditionalTarget, subpath, packageSubpath, base, pattern, internal, isPathMap, conditions);
        if (resolveResult === undefined) continue;
        return resolveResult;
      }
    }
    return undefined;
  } else if (target === null) {
    return null;
  }
  throw invalidTarget(pkgPath, packageSubpath, target, internal, base);
}

function notExported(pkgPath, subpath, base) {
  const E = errors();
  if (E.ERR_PACKAGE_PATH_NOT_EXPORTED) {
    return new E.ERR_PACKAGE_PATH_NOT_EXPORTED(pkgPath, subpath, base);
  }
  const err = new Error(subpath === '.' ?
    `No "exports" main defined in ${path.resolve(pkgPath, 'package.json')}` :
    `Package subpath '${subpath}' is not defined by "exports" in ${path.resolve(pkgPath, 'package.json')}`);
  err.code = 'ERR_PACKAGE_PATH_NOT_EXPORTED';
  return err;
}

function resolvePackageExports(pkgPath, packageSubpath, packageConfig, base, conditions) {
  let exports = packageConfig.exports;
  if (isConditionalSugar(exports, pkgPath)) exports = { '.': exports };
  if (Object.prototype.hasOwnProperty.call(exports, packageSubpath) &&
      !packageSubpath.includes('*') && !packageSubpath.endsWith('/')) {
    const target = exports[packageSubpath];
    const resolveResult = resolvePackageTarget(pkgPath, target, '', packageSubpath, base, false, false, false, conditions);
    if (resolveResult == null) throw notExported(pkgPath, packageSubpath, base);
    return resolveResult;
  }
  let bestMatch = '';
  let bestMatchSubpath;
  for (const key of Object.getOwnPropertyNames(exports)) {
    const patternIndex = key.indexOf('*');
    if (patternIndex !== -1 && packageSubpath.startsWith(key.slice(0, patternIndex))) {
      const patternTrailer = key.slice(patternIndex + 1);
      if (packageSubpath.length >= key.length &&
          packageSubpath.endsWith(patternTrailer) &&
          patternKeyCompare(bestMatch, key) === 1 &&
          key.lastIndexOf('*') === patternIndex) {
        bestMatch = key;
        bestMatchSubpath = packageSubpath.slice(patternIndex, packageSubpath.length - patternTrailer.length);
      }
    }
  }
  if (bestMatch) {
    const target = exports[bestMatch];
    const resolveResult = resolvePackageTarget(pkgPath, target, bestMatchSubpath, bestMatch, base, true, false, packageSubpath.endsWith('/'), conditions);
    if (resolveResult == null) throw notExported(pkgPath, packageSubpath, base);
    return resolveResult;
  }
  throw notExported(pkgPath, packageSubpath, base);
}

function resolvePackageImports(name, pkgPath, packageConfig, base, conditions) {
  if (name === '#' || name.startsWith('#/') || name.endsWith('/')) {
    const err = new TypeError(`Invalid module "${name}" is not a valid internal imports specifier name${base ? ` imported from ${base}` : ''}`);
    err.code = 'ERR_INVALID_MODULE_SPECIFIER';
    throw err;
  }
  const imports = packageConfig.imports;
  if (imports) {
    if (Object.prototype.hasOwnProperty.call(imports, name) && !name.includes('*')) {
      const resolveResult = resolvePackageTarget(pkgPath, imports[name], '', name, base, false, true, false, conditions);
      if (resolveResult != null) return unwrapBare(resolveResult, base, conditions);
    } else {
      let bestMatch = '';
      let bestMatchSubpath;
      for (const key of Object.getOwnPropertyNames(imports)) {
        const patternIndex = key.indexOf('*');
        if (patternIndex !== -1 && name.startsWith(key.slice(0, patternIndex))) {
          const patternTrailer = key.slice(patternIndex + 1);
          if (name.length >= key.length && name.endsWith(patternTrailer) &&
              patternKeyCompare(bestMatch, key) === 1 && key.lastIndexOf('*') === patternIndex) {
            bestMatch = key;
            bestMatchSubpath = name.slice(patternIndex, name.length - patternTrailer.length);
          }
        }
      }
      if (bestMatch) {
        const resolveResult = resolvePackageTarget(pkgPath, imports[bestMatch], bestMatchSubpath, bestMatch, base, true, true, false, conditions);
        if (resolveResult != null) return unwrapBare(resolveResult, base, conditions);
      }
    }
  }
  const err = new TypeError(`Package import specifier "${name}" is not defined in package ` +
    `${path.resolve(pkgPath, 'package.json')}${base ? ` imported from ${base}` : ''}`);
  err.code = 'ERR_PACKAGE_IMPORT_NOT_DEFINED';
  throw err;
}

// An imports target may name another package ("#dep": "lodash"); the
// caller resolves bare results with its own lookup.
function unwrapBare(result, base, conditions) {
  return result;
}

module.exports = {
  readPackage,
  readPackageScope,
  resolvePackageExports,
  resolvePackageImports,
};
