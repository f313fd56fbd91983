'use strict';
const path = require('node:path');
const posix = require('node:path/posix');
const win32 = require('path/win32');
console.log(Object.keys(path).join(','));
console.log(path.sep, path.delimiter, path.win32.sep, path.win32.delimiter);
console.log(path.posix === path, posix === path.posix, win32 === path.win32, path.win32.posix === path, path.posix.win32 === win32);
console.log(path._makeLong === path.toNamespacedPath, path.toNamespacedPath('/a/b'), path.toNamespacedPath(5));
console.log(typeof path.format, path.format.name, path.join.name, path.matchesGlob.length);
console.log(path.isAbsolute('/x'), path.isAbsolute('x'), path.isAbsolute(''), win32.isAbsolute('C:'), win32.isAbsolute('C:/'), win32.isAbsolute('//a'));
try { path.isAbsolute(undefined); } catch (e) { console.log(e.name, e.code, e.message); }
try { win32.toNamespacedPath(); console.log('no throw'); } catch (e) { console.log(e.name, e.code); }
