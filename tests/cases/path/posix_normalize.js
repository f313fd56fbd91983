'use strict';
const path = require('node:path');
const inputs = ['', '.', '..', '/', '//', '///', 'a', 'a/', 'a//b', 'a/./b', 'a/../b', 'a/b/../../..', '/a/b/../../..',
  './a/', '../a/../', '/..', '/../a', 'a/.../b', 'a/./.', './', './/', 'a\\b/../c', '/a//b//../c/', '...', '.a/..'];
for (const p of inputs) console.log(JSON.stringify(p), '->', JSON.stringify(path.posix.normalize(p)));
