'use strict';
// path: POSIX and Windows path manipulation (Node's `path`).
// Written from Node's documentation and observed behaviour.

let _errors;
function errors() {
  if (_errors === undefined) _errors = require('internal/errors');
  return _errors;
}

function checkString(value, name) {
  if (typeof value !== 'string') {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)(name, 'string', value);
  }
}

function checkObject(value, name) {
  if (value === null || typeof value !== 'object') {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)(name, 'Object', value);
  }
}

function getCwd() {
  return process.cwd();
}

// ---------------------------------------------------------------------------
// Shared segment normalisation.
// Splits `str` on separators (as judged by `isSep`) and resolves `.` and `..`
// segments. When `aboveRoot` is true, leading `..` segments that cannot be
// consumed are kept; otherwise they are dropped.
function collapse(str, aboveRoot, isSep, sepChar) {
  const out = [];
  let start = 0;
  const len = str.length;
  for (let i = 0; i <= len; i++) {
    if (i === len || isSep(str.charCodeAt(i))) {
      if (i > start) {
        const seg = str.slice(start, i);
        if (seg === '..') {
          if (out.length > 0 && out[out.length - 1] !== '..') {
            out.pop();
          } else if (aboveRoot) {
            out.push('..');
          }
        } else if (seg !== '.') {
          out.push(seg);
        }
      }
      start = i + 1;
    }
  }
  return out.join(sepChar);
}

const SLASH = 47; // '/'
const BSLASH = 92; // '\\'
const DOT = 46;
const COLON = 58;
const QMARK = 63;

function isPosixSep(c) {
  return c === SLASH;
}
function isWinSep(c) {
  return c === SLASH || c === BSLASH;
}
function isLetter(c) {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

// ---------------------------------------------------------------------------
// Shared helpers for basename/extname/dirname style scanning.

// Returns [start, end) of the last path component of `p` from index `from`,
// ignoring trailing separators. end === -1 when there is none.
function lastComponent(p, from, isSep) {
  let end = p.length;
  while (end > from && isSep(p.charCodeAt(end - 1))) end--;
  if (end === from) return [from, -1];
  let start = end;
  while (start > from && !isSep(p.charCodeAt(start - 1))) start--;
  return [start, end];
}

function basenameImpl(p, suffix, from, isSep) {
  const len = p.length;
  if (suffix === undefined || suffix.length === 0 || suffix.length > len) {
    const [start, end] = lastComponent(p, from, isSep);
    return end === -1 ? '' : p.slice(start, end);
  }
  if (suffix === p) return '';
  // Scan the last component backwards, matching the suffix against its
  // characters; a full match ends the name early, unless it would consume
  // the whole name.
  let start = from;
  let end = -1;
  let nameEnd = -1;
  let k = suffix.length - 1;
  for (let i = len - 1; i >= from; i--) {
    const c = p.charCodeAt(i);
    if (isSep(c)) {
      if (nameEnd !== -1) {
        start = i + 1;
        break;
      }
      continue;
    }
    if (nameEnd === -1) nameEnd = i + 1;
    if (k >= 0) {
      if (c === suffix.charCodeAt(k)) {
        k--;
        if (k === -1) end = i;
      } else {
        k = -1;
        end = nameEnd;
      }
    }
  }
  if (start === end) end = nameEnd;
  else if (end === -1) end = len;
  return p.slice(start, end);
}

// Returns the extension of the last component (scanning from `from`).
function extnameImpl(p, from, isSep) {
  const [start, end] = lastComponent(p, from, isSep);
  if (end === -1) return '';
  const base = p.slice(start, end);
  return splitExt(base)[1];
}

// Splits a base into [name, ext] following extname rules.
function splitExt(base) {
  const dot = base.lastIndexOf('.');
  if (dot <= 0 || base === '..') return [base, ''];
  return [base.slice(0, dot), base.slice(dot)];
}

function _format(sep, pathObject) {
  checkObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  let base = pathObject.base;
  if (!base) {
    const name = pathObject.name || '';
    let ext = pathObject.ext || '';
    if (ext && ext[0] !== '.') ext = '.' + ext;
    base = `${name}${ext}`;
  }
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

// Minimal glob matcher for matchesGlob: supports *, **, ?, [...], {a,b}.
function globToRegExp(glob, win) {
  let re = '';
  let i = 0;
  const sepClass = win ? '[\\\\/]' : '\\/';
  const notSep = win ? '[^\\\\/]' : '[^/]';
  let braceDepth = 0;
  while (i < glob.length) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const atStart = i === 0 || glob[i - 1] === '/' || (win && glob[i - 1] === '\\');
        let j = i + 2;
        const atEnd = j === glob.length || glob[j] === '/' || (win && glob[j] === '\\');
        if (atStart && atEnd) {
          if (j === glob.length) {
            re += `(?:(?!\\.)${notSep}*(?:${sepClass}(?!\\.)${notSep}*)*)?`;
            i = j;
          } else {
            re += `(?:(?!\\.)${notSep}*${sepClass})*`;
            i = j + 1;
          }
          continue;
        }
        i = j;
        re += `${notSep}*`;
        continue;
      }
      const atSegStart = i === 0 || glob[i - 1] === '/' || glob[i - 1] === '\\';
      const atSegEnd = i + 1 === glob.length || glob[i + 1] === '/' || glob[i + 1] === '\\';
      re += (atSegStart ? '(?!\\.)' : '') + `${notSep}${atSegStart && atSegEnd ? '+' : '*'}`;
      i++;
    } else if (c === '?') {
      re += notSep;
      i++;
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close === -1) {
        re += '\\[';
        i++;
      } else {
        let body = glob.slice(i + 1, close);
        let neg = false;
        if (body[0] === '!' || body[0] === '^') {
          neg = true;
          body = body.slice(1);
        }
        body = body.replace(/[\\\]^]/g, '\\$&');
        re += neg ? `(?!${sepClass})[^${body}]` : `[${body}]`;
        i = close + 1;
      }
    } else if (c === '{') {
      braceDepth++;
      re += '(?:';
      i++;
    } else if (c === '}' && braceDepth > 0) {
      braceDepth--;
      re += ')';
      i++;
    } else if (c === ',' && braceDepth > 0) {
      re += '|';
      i++;
    } else if (c === '/' || c === '\\') {
      re += sepClass;
      i++;
    } else {
      re += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      i++;
    }
  }
  return new RegExp(`^${re}$`);
}

let globWarned = false;
function matchesGlobImpl(path, pattern, win) {
  checkString(path, 'path');
  checkString(pattern, 'pattern');
  if (!globWarned) {
    globWarned = true;
    if (typeof process !== 'undefined' && typeof process.emitWarning === 'function') {
      process.emitWarning('glob is an experimental feature and might change at any time',
                          'ExperimentalWarning');
    }
  }
  try {
    return globToRegExp(pattern, win).test(path);
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------
// POSIX

const posix = {
  resolve(...args) {
    let resolved = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1 && !absolute; i--) {
      let p;
      if (i >= 0) {
        p = args[i];
        checkString(p, `paths[${i}]`);
      } else {
        p = getCwd();
      }
      if (p.length === 0) continue;
      resolved = `${p}/${resolved}`;
      absolute = p.charCodeAt(0) === SLASH;
    }
    resolved = collapse(resolved, !absolute, isPosixSep, '/');
    if (absolute) return `/${resolved}`;
    return resolved.length > 0 ? resolved : '.';
  },

  normalize(path) {
    checkString(path, 'path');
    if (path.length === 0) return '.';
    const absolute = path.charCodeAt(0) === SLASH;
    const trailing = path.charCodeAt(path.length - 1) === SLASH;
    let out = collapse(path, !absolute, isPosixSep, '/');
    if (out.length === 0) {
      if (absolute) return '/';
      return trailing ? './' : '.';
    }
    if (trailing) out += '/';
    return absolute ? `/${out}` : out;
  },

  isAbsolute(path) {
    checkString(path, 'path');
    return path.length > 0 && path.charCodeAt(0) === SLASH;
  },

  join(...args) {
    if (args.length === 0) return '.';
    const parts = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      checkString(a, 'path');
      if (a.length > 0) parts.push(a);
    }
    if (parts.length === 0) return '.';
    return posix.normalize(parts.join('/'));
  },

  relative(from, to) {
    checkString(from, 'from');
    checkString(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';
    const f = from === '/' ? [] : from.slice(1).split('/');
    const t = to === '/' ? [] : to.slice(1).split('/');
    let i = 0;
    while (i < f.length && i < t.length && f[i] === t[i]) i++;
    const up = [];
    for (let j = i; j < f.length; j++) up.push('..');
    return up.concat(t.slice(i)).join('/');
  },

  toNamespacedPath(path) {
    return path;
  },

  dirname(path) {
    checkString(path, 'path');
    if (path.length === 0) return '.';
    const rooted = path.charCodeAt(0) === SLASH;
    // Skip trailing separators (not counting index 0), then the last name,
    // then find the separator before it.
    let i = path.length - 1;
    while (i >= 1 && path.charCodeAt(i) === SLASH) i--;
    while (i >= 1 && path.charCodeAt(i) !== SLASH) i--;
    if (i < 1) return rooted ? '/' : '.';
    // i is the index of a separator preceding the last component.
    if (rooted && i === 1) return '//';
    return path.slice(0, i);
  },

  basename(path, suffix) {
    if (suffix !== undefined) checkString(suffix, 'suffix');
    checkString(path, 'path');
    return basenameImpl(path, suffix, 0, isPosixSep);
  },

  extname(path) {
    checkString(path, 'path');
    return extnameImpl(path, 0, isPosixSep);
  },

  format: _format.bind(null, '/'),

  parse(path) {
    checkString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const rooted = path.charCodeAt(0) === SLASH;
    if (rooted) ret.root = '/';
    const [start, end] = lastComponent(path, rooted ? 1 : 0, isPosixSep);
    if (end === -1) {
      ret.dir = ret.root;
      return ret;
    }
    ret.base = path.slice(start, end);
    [ret.name, ret.ext] = splitExt(ret.base);
    if (start === 1 && ret.base === '..') {
      // Quirk preserved from Node: '/..' parses with ext '.'.
      ret.name = '.';
      ret.ext = '.';
    }
    if (start > 0) {
      // dir: everything before the last component minus one separator
      ret.dir = path.slice(0, start - 1);
      if (ret.dir.length === 0 && rooted) ret.dir = '/';
    } else if (rooted) {
      ret.dir = '/';
    }
    return ret;
  },

  matchesGlob(path, pattern) {
    return matchesGlobImpl(path, pattern, false);
  },

  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
};

// ---------------------------------------------------------------------------
// Windows

// Analyses the root of a win32 path. Returns { device, rootEnd, absolute }
// where `device` is the (raw) device/UNC prefix, `rootEnd` the index where
// the remainder starts and `absolute` whether a root separator follows.
function winRoot(path, deviceAsUNC = false) {
  const len = path.length;
  let rootEnd = 0;
  let device = '';
  let absolute = false;
  if (len === 0) return { device, rootEnd, absolute, isUNC: false };
  const c0 = path.charCodeAt(0);
  if (len === 1) {
    if (isWinSep(c0)) return { device, rootEnd: 1, absolute: true, isUNC: false };
    return { device, rootEnd: 0, absolute: false, isUNC: false };
  }
  if (isWinSep(c0)) {
    absolute = true;
    if (isWinSep(path.charCodeAt(1))) {
      // Possible UNC root: \\server\share
      let j = 2;
      let last = j;
      while (j < len && !isWinSep(path.charCodeAt(j))) j++;
      if (j < len && j !== last) {
        const first = path.slice(last, j);
        last = j;
        while (j < len && isWinSep(path.charCodeAt(j))) j++;
        if (j < len && j !== last) {
          last = j;
          while (j < len && !isWinSep(path.charCodeAt(j))) j++;
          if (j === len || j !== last) {
            if (!deviceAsUNC && (first === '.' || first === '?')) {
              // \\.\ or \\?\ device namespace: \\.\X
              device = `\\\\${first}`;
              rootEnd = 4;
            } else if (j === len) {
              device = `\\\\${first}\\${path.slice(last)}`;
              rootEnd = j;
            } else {
              device = `\\\\${first}\\${path.slice(last, j)}`;
              rootEnd = j;
            }
            return { device, rootEnd, absolute, isUNC: true };
          }
        }
      }
    }
    return { device, rootEnd: 1, absolute, isUNC: false };
  }
  if (isLetter(c0) && path.charCodeAt(1) === COLON) {
    device = path.slice(0, 2);
    rootEnd = 2;
    if (len > 2 && isWinSep(path.charCodeAt(2))) {
      absolute = true;
      rootEnd = 3;
    }
  }
  return { device, rootEnd, absolute, isUNC: false };
}

const WIN_RESERVED = new Set([
  'CON', 'PRN', 'AUX', 'NUL',
  'COM1', 'COM2', 'COM3', 'COM4', 'COM5', 'COM6', 'COM7', 'COM8', 'COM9',
  'LPT1', 'LPT2', 'LPT3', 'LPT4', 'LPT5', 'LPT6', 'LPT7', 'LPT8', 'LPT9',
  'COM\xb9', 'COM\xb2', 'COM\xb3', 'LPT\xb9', 'LPT\xb2', 'LPT\xb3',
]);

const win32 = {
  resolve(...args) {
    let resolvedDevice = '';
    let resolvedTail = '';
    let resolvedAbsolute = false;
    for (let i = args.length - 1; i >= -1; i--) {
      let path;
      if (i >= 0) {
        path = args[i];
        checkString(path, `paths[${i}]`);
        if (path.length === 0) continue;
      } else if (resolvedDevice.length === 0) {
        path = getCwd();
      } else {
        const env = (typeof process !== 'undefined' && process.env) || {};
        path = env[`=${resolvedDevice}`] || getCwd();
        if (path === undefined ||
            (path.slice(0, 2).toLowerCase() !== resolvedDevice.toLowerCase() &&
             path.charCodeAt(2) === BSLASH)) {
          path = `${resolvedDevice}\\`;
        }
      }
      const { device, rootEnd, absolute } = winRoot(path);
      if (device.length > 0) {
        if (resolvedDevice.length > 0) {
          if (device.toLowerCase() !== resolvedDevice.toLowerCase()) continue;
        } else {
          resolvedDevice = device;
        }
      }
      if (resolvedAbsolute) {
        if (resolvedDevice.length > 0) break;
      } else {
        resolvedTail = `${path.slice(rootEnd)}\\${resolvedTail}`;
        resolvedAbsolute = absolute;
        if (absolute && resolvedDevice.length > 0) break;
      }
    }
    resolvedTail = collapse(resolvedTail, !resolvedAbsolute, isWinSep, '\\');
    if (resolvedAbsolute) return `${resolvedDevice}\\${resolvedTail}`;
    const r = `${resolvedDevice}${resolvedTail}`;
    return r.length > 0 ? r : '.';
  },

  normalize(path) {
    checkString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return isWinSep(path.charCodeAt(0)) ? '\\' : path;
    const colon = path.indexOf(':');
    if (colon > 2 && WIN_RESERVED.has(path.slice(0, colon).toUpperCase())) {
      // Reserved device names ('CON:', 'COM1:', ...) act as a relative device.
      let rest = collapse(path.slice(colon + 1), true, isWinSep, '\\');
      if (rest.length === 0) rest = '.';
      if (isWinSep(path.charCodeAt(len - 1))) rest += '\\';
      return `.\\${path.slice(0, colon + 1)}${rest}`;
    }
    const { device, rootEnd, absolute, isUNC } = winRoot(path);
    if (isUNC && rootEnd === path.length && !device.startsWith('\\\\.') &&
        !device.startsWith('\\\\?')) {
      // A bare UNC root gets a trailing separator.
      return `${device}\\`;
    }
    let tail = rootEnd < len ? collapse(path.slice(rootEnd), !absolute, isWinSep, '\\') : '';
    if (tail.length === 0 && !absolute) tail = '.';
    if (tail.length > 0 && isWinSep(path.charCodeAt(len - 1))) tail += '\\';
    // Guard against a relative result that could be read as a drive letter
    // or an alternate data stream specification.
    if (!absolute && device.length === 0 && path.indexOf(':') !== -1) {
      let prefix = tail.length >= 2 && isLetter(tail.charCodeAt(0)) && tail.charCodeAt(1) === COLON;
      for (let i = path.indexOf(':'); !prefix && i !== -1; i = path.indexOf(':', i + 1)) {
        if (i === len - 1 || isWinSep(path.charCodeAt(i + 1))) prefix = true;
      }
      if (prefix) return `.\\${tail}`;
    }
    if (device.length === 0) return absolute ? `\\${tail}` : tail;
    return absolute ? `${device}\\${tail}` : `${device}${tail}`;
  },

  isAbsolute(path) {
    checkString(path, 'path');
    const len = path.length;
    if (len === 0) return false;
    const c0 = path.charCodeAt(0);
    if (isWinSep(c0)) return true;
    return len > 2 && isLetter(c0) && path.charCodeAt(1) === COLON &&
      isWinSep(path.charCodeAt(2));
  },

  join(...args) {
    if (args.length === 0) return '.';
    let joined;
    let firstPart;
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      checkString(a, 'path');
      if (a.length > 0) {
        if (joined === undefined) joined = firstPart = a;
        else joined += `\\${a}`;
      }
    }
    if (joined === undefined) return '.';
    // Make sure that the joined path does not start with two separators,
    // which would be read as a UNC root, unless the first part clearly
    // specified one.
    let needsReplace = true;
    let slashCount = 0;
    if (isWinSep(firstPart.charCodeAt(0))) {
      ++slashCount;
      const firstLen = firstPart.length;
      if (firstLen > 1 && isWinSep(firstPart.charCodeAt(1))) {
        ++slashCount;
        if (firstLen > 2) {
          if (isWinSep(firstPart.charCodeAt(2))) ++slashCount;
          else needsReplace = false;
        }
      }
    }
    if (needsReplace) {
      while (slashCount < joined.length && isWinSep(joined.charCodeAt(slashCount))) slashCount++;
      if (slashCount >= 2) joined = `\\${joined.slice(slashCount)}`;
    }
    return win32.normalize(joined);
  },

  relative(from, to) {
    checkString(from, 'from');
    checkString(to, 'to');
    if (from === to) return '';
    const fromOrig = win32.resolve(from);
    const toOrig = win32.resolve(to);
    if (fromOrig === toOrig) return '';
    const f = fromOrig.toLowerCase();
    const t = toOrig.toLowerCase();
    if (f === t) return '';
    const strip = (x) => {
      let i = 0;
      while (i < x.length && x.charCodeAt(i) === BSLASH) i++;
      return x.slice(i);
    };
    const fStripped = strip(fromOrig);
    const tStripped = strip(toOrig);
    const fs = fStripped.length ? fStripped.split('\\') : [];
    const ts = tStripped.length ? tStripped.split('\\') : [];
    // Remove a trailing empty segment (root like 'C:\\').
    const trim = (a) => {
      while (a.length > 0 && a[a.length - 1] === '') a.pop();
      return a;
    };
    trim(fs);
    trim(ts);
    const fl = fs.map((s) => s.toLowerCase());
    const tl = ts.map((s) => s.toLowerCase());
    let i = 0;
    while (i < fl.length && i < tl.length && fl[i] === tl[i]) i++;
    if (i === 0 && fs.length > 0 && ts.length > 0) return toOrig;
    const up = [];
    for (let j = i; j < fs.length; j++) up.push('..');
    return up.concat(ts.slice(i)).join('\\');
  },

  toNamespacedPath(path) {
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolved = win32.resolve(path);
    if (resolved.length <= 2) return path;
    if (resolved.charCodeAt(0) === BSLASH) {
      if (resolved.charCodeAt(1) === BSLASH) {
        const c2 = resolved.charCodeAt(2);
        if (c2 !== QMARK && c2 !== DOT) {
          return `\\\\?\\UNC\\${resolved.slice(2)}`;
        }
      }
    } else if (isLetter(resolved.charCodeAt(0)) && resolved.charCodeAt(1) === COLON &&
               resolved.charCodeAt(2) === BSLASH) {
      return `\\\\?\\${resolved}`;
    }
    return resolved;
  },

  dirname(path) {
    checkString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return isWinSep(path.charCodeAt(0)) ? path : '.';
    const { rootEnd, device, isUNC } = winRoot(path);
    let root = rootEnd;
    let offset = rootEnd;
    if (isUNC) {
      // A path that is only a UNC root is its own dirname.
      if (rootEnd === len) return path;
      root = offset = rootEnd + 1;
    } else if (device.length === 0 && rootEnd === 1) {
      root = offset = 1;
    }
    let i = len - 1;
    while (i >= offset && isWinSep(path.charCodeAt(i))) i--;
    if (i < offset) {
      return root === 0 ? '.' : path.slice(0, root);
    }
    while (i >= offset && !isWinSep(path.charCodeAt(i))) i--;
    if (i < offset) {
      if (root === 0) return '.';
      return path.slice(0, root);
    }
    // Find the end of the separator run preceding the last component:
    // Node keeps the path up to the last separator found scanning backwards.
    return path.slice(0, i);
  },

  basename(path, suffix) {
    if (suffix !== undefined) checkString(suffix, 'suffix');
    checkString(path, 'path');
    let from = 0;
    if (path.length >= 2 && isLetter(path.charCodeAt(0)) && path.charCodeAt(1) === COLON) from = 2;
    return basenameImpl(path, suffix, from, isWinSep);
  },

  extname(path) {
    checkString(path, 'path');
    let from = 0;
    if (path.length >= 2 && isLetter(path.charCodeAt(0)) && path.charCodeAt(1) === COLON) from = 2;
    return extnameImpl(path, from, isWinSep);
  },

  format: _format.bind(null, '\\'),

  parse(path) {
    checkString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    const len = path.length;
    if (len === 0) return ret;
    let { rootEnd, isUNC } = winRoot(path, true);
    if (len === 1) {
      if (isWinSep(path.charCodeAt(0))) {
        ret.root = ret.dir = path;
        return ret;
      }
      ret.base = ret.name = path;
      return ret;
    }
    if (isUNC) {
      if (rootEnd < len) rootEnd++;
    }
    if (rootEnd > 0) ret.root = path.slice(0, rootEnd);
    const [start, end] = lastComponent(path, rootEnd, isWinSep);
    if (end === -1) {
      ret.dir = ret.root;
      return ret;
    }
    ret.base = path.slice(start, end);
    [ret.name, ret.ext] = splitExt(ret.base);
    if (start > rootEnd) ret.dir = path.slice(0, start - 1);
    else ret.dir = ret.root;
    return ret;
  },

  matchesGlob(path, pattern) {
    return matchesGlobImpl(path, pattern, true);
  },

  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
};

posix._makeLong = posix.toNamespacedPath;
win32._makeLong = win32.toNamespacedPath;
posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;

module.exports = posix;
