'use strict';
const path = require('node:path');
const inputs = ['', '/', '//', '//a', '/a', '/a/', '/a/b', '/a//b', 'a', 'a/b/', 'a/b.js', '.js', '..', '...', 'a.b.c', '/a/.b', 'a/b.', '/..', 'file.tar.gz', 'x/y/.', 'a\\b.c'];
for (const p of inputs) {
  console.log(JSON.stringify(p), JSON.stringify([path.posix.dirname(p), path.posix.basename(p), path.posix.extname(p)]));
}
const sfx = [['a/b.js', '.js'], ['a/b.js', 'js'], ['a/b.js', 'b.js'], ['aaa/bbb', 'bbb'], ['aaa/bbb', 'a/bbb'], ['aaa/bbb//', 'bbb'],
  ['aaa/bbb', 'bb'], ['/aaa/', 'aa'], ['a/b.js/', '.js'], ['//', '/'], ['a', 'a'], ['.js', '.js'], ['x.js', '']];
for (const [p, s] of sfx) console.log('basename', JSON.stringify([p, s]), JSON.stringify(path.posix.basename(p, s)));
for (const f of [() => path.posix.dirname(1), () => path.posix.basename('a', 1), () => path.posix.extname(undefined)]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
}
