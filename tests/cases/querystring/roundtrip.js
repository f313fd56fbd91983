'use strict';
const qs = require('node:querystring');
const objs = [{ a: '1', b: ['2', '3'] }, { 'sp ace': 'v a l', emoji: '😀' }, { empty: '' }, { 'x=y': 'a&b' }, {}];
for (const o of objs) {
  const s = qs.stringify(o);
  console.log(s, JSON.stringify(qs.parse(s)));
}
const u = new URL('http://h/?a=1&b=x+y&c=%7E');
console.log(JSON.stringify(qs.parse(u.search.slice(1))), u.searchParams.toString());
