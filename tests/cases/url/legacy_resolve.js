'use strict';
const url = require('node:url');
const cases = [['/one/two/three', 'four'], ['http://example.com/', '/one'], ['http://example.com/one', '/two'], ['http://a/b/c/d;p?q', '../g'],
  ['http://a/b/c/d;p?q', '//g'], ['http://a/b/c/d;p?q', '?y'], ['http://a/b/c/d;p?q', '#s'], ['http://a/b/c/d;p?q', '../../../g'],
  ['http://a/b/', 'https://other/x'], ['mailto:a@b', 'c@d'], ['http://a/b', ''], ['/a/b/', './../c'], ['a/b', '../../c'],
  ['http://u:p@host/x', '//other/y'], ['file:///a/b', 'c'], ['http://a/b/c', 'g;x=1/../y']];
for (const [a, b] of cases) console.log(JSON.stringify([a, b]), '->', url.resolve(a, b));
console.log(JSON.stringify(url.resolveObject('http://a/b/c', '../d')));
console.log(url.parse('http://x/y/z').resolve('../w'));
