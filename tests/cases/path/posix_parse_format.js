'use strict';
const path = require('node:path');
const inputs = ['', '/', '/home/user/dir/file.txt', './x', 'a/b/', '//server', '/..', '.bashrc', 'a.', 'x/y.z/', '/a/b/c.d.e'];
for (const p of inputs) {
  const o = path.posix.parse(p);
  console.log(JSON.stringify(p), JSON.stringify(o), JSON.stringify(path.posix.format(o)));
}
const objs = [{ root: '/ignored', dir: '/home/user/dir', base: 'file.txt' }, { root: '/', base: 'file.txt', ext: 'ignored' },
  { root: '/', name: 'file', ext: '.txt' }, { name: 'x', ext: 'txt' }, { dir: 'd' }, {}, { root: '/', dir: '/' }, { base: 'b', name: 'n' }];
for (const o of objs) console.log(JSON.stringify(o), JSON.stringify(path.posix.format(o)));
for (const bad of [null, 'str', 5]) {
  try { path.posix.format(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { path.posix.parse(5); } catch (e) { console.log(e.name, e.code, e.message); }
