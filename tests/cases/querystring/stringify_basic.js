'use strict';
const qs = require('node:querystring');
console.log(qs.stringify({ a: 1, b: [1, 2], c: true, d: null, e: undefined, f: {}, g: 1n, h: NaN, i: [], j: Infinity, k: -0, l: [null, {}, 'x'] }));
console.log(qs.stringify({ 'a b': 'c d', 'é': '€', '!': "'()*", '~': '-._' }));
console.log(qs.stringify({ a: 1, b: 2 }, ';', ':'));
console.log(qs.stringify({ a: 1, b: 2 }, '', ''));
console.log(qs.stringify({ a: 'x y', b: 2n, c: false }, null, null, { encodeURIComponent: (s) => `<${s}>` }));
console.log(JSON.stringify([qs.stringify('abc'), qs.stringify(null), qs.stringify(5), qs.stringify([1, 2])]));
console.log(qs.encode === qs.stringify, qs.stringify({ n: 1e21, m: 1.5e-7 }));
try { qs.stringify({ a: '\ud800' }); } catch (e) { console.log(e.name, e.code, e.message); }
