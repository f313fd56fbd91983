'use strict';
const qs = require('node:querystring');
for (const s of ['abc', 'a b&c=d', "!'()*-._~", 'é€😀', '/?#[]@', '\u0000\u007f', '\ud800\udc00', '\ud800a']) console.log(JSON.stringify(s), qs.escape(s));
for (const s of ['\ud800', 'a\udc00']) {
  try { qs.escape(s); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(qs.escape(12), qs.escape({ toString() { return 'a b'; } }), qs.escape([1, 2]), qs.escape(null), qs.escape(undefined));
for (const s of ['a%20b', '%E9%20+', '%zz+', '%C3%A9', '%', '%4', 'a+b']) console.log(JSON.stringify(s), JSON.stringify(qs.unescape(s)), JSON.stringify(qs.unescape(s, true)));
