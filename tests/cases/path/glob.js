'use strict';
const path = require('node:path');
const cases = [['a/b.js', '**/*.js'], ['a.js', '*.js'], ['a/b/c.js', 'a/*.js'], ['a/b/c.js', 'a/**/*.js'], ['abc', 'a?c'], ['abc', 'a[bc]c'],
  ['x.ts', '*.{js,ts}'], ['x.md', '*.{js,ts}'], ['a/b', 'a/b'], ['a', 'b']];
for (const [p, g] of cases) console.log(JSON.stringify([p, g]), path.posix.matchesGlob(p, g));
try { path.matchesGlob(1, '*'); } catch (e) { console.log(e.name, e.code, e.message); }
