'use strict';
const path = require('node:path');
const w = path.win32;
const inputs = ['', '.', 'C:', 'C:.', 'C:\\', 'C:/a/../b', 'c:\\..\\..\\x', '\\\\server\\share', '\\\\server\\share\\..\\x', '//server/share/',
  '\\\\?\\C:\\a', '\\\\.\\pipe\\x', 'a/b\\c/../d', '..\\..\\a', '/a/b', 'C:a\\..\\..\\b', 'CON:', 'a\\b:c', 'x\\..\\c:', 'ab:', 'COM1:x', '\\\\a'];
for (const p of inputs) console.log(JSON.stringify(p), '->', JSON.stringify(w.normalize(p)));
const joins = [['a', 'b'], ['C:', 'x'], ['C:\\', '..', 'y'], ['//server', 'share'], ['\\\\', 'x'], ['', '//a'], ['/', '/a'], ['directory', '\\\\x']];
for (const j of joins) console.log(JSON.stringify(j), '->', JSON.stringify(w.join(...j)));
