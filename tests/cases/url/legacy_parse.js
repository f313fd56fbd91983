'use strict';
const url = require('node:url');
const inputs = ['http://user:pass@host.com:8080/p/a/t/h?query=string#hash', 'HTTP://X.COM', '//x/y', '/a?b', 'a/b?c#d', 'mailto:a@b.c',
  'javascript:alert(1)', 'http://[::1]:80/x?y#z', 'http://a b.com/x', 'http://x/a\\b?c\\d', '  http://trim/  ', 'file:///etc/passwd',
  'file://host/x', 'sc:a', 'http://ÉX.com/', 'http://a:b@c:99999/x', 'http://x/p?q=1&q=2', '?only', '#only', 'http://x.com'];
for (const i of inputs) console.log(JSON.stringify(i), JSON.stringify(url.parse(i)));
console.log(JSON.stringify(url.parse('/a?b=1&b=2&c', true)), Object.getPrototypeOf(url.parse('/a?x=1', true).query));
console.log(JSON.stringify(url.parse('//host/path', false, true)), JSON.stringify(url.parse('//host/path', true, true).query));
console.log(url.parse('http://a') instanceof url.Url, url.parse(url.parse('http://z')).href);
try { url.parse(5); } catch (e) { console.log(e.name, e.code, e.message); }
