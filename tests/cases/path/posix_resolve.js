'use strict';
const path = require('node:path');
const cwd = process.cwd();
const rel = (p) => path.posix.relative(cwd, p);
console.log(path.posix.resolve('/a/b', './c'));
console.log(path.posix.resolve('/a/b', '/c/d', 'e'));
console.log(path.posix.resolve('/', '..', '..'));
console.log(path.posix.resolve('/foo/bar', './baz'));
console.log(path.posix.resolve('/foo/bar', '/tmp/file/'));
console.log(path.posix.resolve('/x', '', ''));
console.log(path.isAbsolute(path.resolve()), rel(path.resolve()) === '');
console.log(rel(path.resolve('wwwroot', 'static_files/png/', '../gif/image.gif')));
console.log(rel(path.posix.resolve('a', 'b', '..', 'c')));
try { path.posix.resolve('a', 5); } catch (e) { console.log(e.name, e.code, e.message); }
try { path.posix.resolve({}); } catch (e) { console.log(e.name, e.code, e.message); }
