'use strict';
const qs = require('node:querystring');
const inputs = ['', 'a=1', 'a=1&b=2&a=3&a=4', 'a&b=&=c&&=&d==e', 'a+b=c+d', 'x=%20%2B%41', 'k=%zz', 'k=%E9', 'k=%C3%A9', '__proto__=1&constructor=2&toString=3',
  '%41%41=%x', 'a=%4+1', 'a[]=1&a[]=2', 'a=1;b=2', '&&&', '=', 'é=ü', 'a=\ud800'];
for (const i of inputs) console.log(JSON.stringify(i), JSON.stringify(qs.parse(i)));
const o = qs.parse('a=1');
console.log(Object.getPrototypeOf(o), typeof o.hasOwnProperty, qs.decode === qs.parse);
console.log(JSON.stringify(qs.parse(5)), JSON.stringify(qs.parse(null)), JSON.stringify(qs.parse(undefined)));
