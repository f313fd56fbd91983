'use strict';
const path = require('node:path');
const cases = [[], [''], ['', ''], ['a'], ['a', 'b'], ['/a', '/b'], ['a', '', 'b'], ['a/', '/b/'], ['.', '..'], ['/', '..', '..'],
  ['a', '../../b'], ['', '/x'], ['//a', 'b'], ['a', '.'], ['x', 'y/', './z/'], ['/foo', 'bar', 'baz/asdf', 'quux', '..']];
for (const c of cases) console.log(JSON.stringify(c), '->', JSON.stringify(path.posix.join(...c)));
try { path.posix.join('a', 1); } catch (e) { console.log(e.name, e.code, e.message); }
try { path.posix.join(null); } catch (e) { console.log(e.name, e.code, e.message); }
