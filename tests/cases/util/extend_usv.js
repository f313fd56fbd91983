'use strict';
const util = require('node:util');

const target = { a: 1 };
const r = util._extend(target, { b: 2, c: 3 });
console.log(r === target, JSON.stringify(r), Object.keys(r));
console.log(JSON.stringify(util._extend({ a: 1 }, null)));
console.log(JSON.stringify(util._extend({ a: 1 }, 5)));
console.log(JSON.stringify(util._extend({ a: 1 }, 'xy')));
console.log(JSON.stringify(util._extend({ a: 1 }, { a: 2 })));

const samples = ['plain', 'a\ud800b', '\udc00x', '\ud83d\ude00ok', 'end\ud83d', '\ud83d\ud83d\ude00'];
for (const s of samples) {
  console.log(JSON.stringify(util.toUSVString(s)));
}
console.log(JSON.stringify(util.toUSVString(123)), JSON.stringify(util.toUSVString()));
