'use strict';
const url = require('node:url');
const objs = [{}, { protocol: 'http', host: 'a.com', pathname: 'x' }, { protocol: 'http:', hostname: 'a.com', port: 8080, pathname: '/x', search: 'q=1', hash: 'h' },
  { protocol: 'file', pathname: '/x' }, { protocol: 'mailto', auth: 'a:b c', hostname: 'x' }, { hostname: '::1', port: 1 }, { query: { a: [1, 2], b: 'c d' } },
  { slashes: true, host: 'h', pathname: 'p#q?r' }, { protocol: 'https', hostname: 'x', search: '?a#b' }, { auth: 'é@:#', host: 'h' }];
for (const o of objs) console.log(JSON.stringify(o), '->', url.format(o));
console.log(url.format('http://x.com/a b'));
const w = new url.URL('http://u:p@xn--mnchen-3ya.de:8/p?q#h');
console.log(url.format(w), url.format(w, { unicode: true, auth: false, search: false, fragment: false }));
for (const bad of [5, null, undefined]) {
  try { url.format(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
