'use strict';
const path = require('node:path');
const w = path.win32;
console.log(w.resolve('C:\\a\\b', '..\\c'));
console.log(w.resolve('c:/ignore', 'd:\\a/b\\c/d', '\\e.exe'));
console.log(w.resolve('c:/blah\\blah', 'd:/games', 'c:../a'));
console.log(w.resolve('\\\\server\\share', '..', 'relative\\'));
console.log(w.resolve('C:\\', 'x', '..', '..'));
console.log(w.resolve('\\\\?\\C:\\', 'a'));
const rel = [['c:/blah\\blah', 'd:/games'], ['c:/aaaa/bbbb', 'c:/aaaa'], ['c:/aaaa/bbbb', 'c:/cccc'], ['c:/aaaa/bbbb', 'C:/AAAA/BBBB'],
  ['c:/', 'c:\\aaaa\\bbbb'], ['c:/aaaa/', 'c:/aaaa/cccc'], ['C:\\foo\\bar\\baz\\quux', 'C:\\'], ['\\\\foo\\bar', '\\\\foo\\bar\\baz'],
  ['\\\\foo\\bar\\baz-quux', '\\\\foo\\bar\\baz'], ['C:\\baz', '\\\\foo\\bar\\baz'], ['C:\\foo\\test', 'C:\\foo\\test\\bar\\package.json']];
for (const [a, b] of rel) console.log(JSON.stringify([a, b]), '->', JSON.stringify(w.relative(a, b)));
