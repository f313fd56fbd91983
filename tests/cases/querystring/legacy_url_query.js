'use strict';
const url = require('node:url');
const qs = require('node:querystring');
const u = url.parse('http://h/p?a=1&a=2&b=%20&c', true);
console.log(JSON.stringify(u.query), u.search, u.path);
console.log(url.format({ protocol: 'http', host: 'h', query: { x: [1, 2], y: 'a b' } }));
console.log(url.format({ protocol: 'http', host: 'h', search: '?s=1', query: { ignored: 1 } }));
console.log(qs.stringify(url.parse('/x?k=v&k=w', true).query));
