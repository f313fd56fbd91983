'use strict';
const path = require('node:path');
const cases = [['/var/lib', '/var'], ['/var/lib', '/bin'], ['/var/lib', '/var/lib'], ['/var/lib', '/var/apache'], ['/var/', '/var/lib'],
  ['/', '/var/lib'], ['/foo/test', '/foo/test/bar/package.json'], ['/Users/a/web/b/test/mails', '/Users/a/web/b'],
  ['/foo/bar/baz-quux', '/foo/bar/baz'], ['/foo/bar/baz', '/foo/bar/baz-quux'], ['/baz-quux', '/baz'], ['/baz', '/baz-quux'],
  ['/page1/page2/foo', '/'], ['/a/b/c', '/a/bc'], ['', ''], ['/a', '/a/']];
for (const [a, b] of cases) console.log(JSON.stringify([a, b]), '->', JSON.stringify(path.posix.relative(a, b)));
for (const bad of [[1, 'a'], ['a', null]]) {
  try { path.posix.relative(...bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
