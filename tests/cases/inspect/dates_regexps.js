'use strict';
const util = require('node:util');
console.log(new Date(0), new Date(NaN), new Date(Date.UTC(2020, 1, 29, 12, 30, 15, 123)));
console.log([new Date(0)], { d: new Date(86400000) });
const dp = new Date(0); dp.x = 1;
console.log(dp);
const dinv = new Date(NaN); dinv.p = 1;
console.log(dinv);
class MyDate extends Date {}
console.log(new MyDate(0));
console.log(Object.setPrototypeOf(new Date(0), null));
console.log(/a/, /[/]\//gimsuy, new RegExp('x', 'd'), /\n\t/, new RegExp('a/b'), new RegExp(''));
const rp = /ab+c/gi; rp.y = 2;
console.log(rp);
class MyRe extends RegExp {}
console.log(new MyRe('x', 'g'));
console.log(util.inspect({ r: /x/ }, { depth: -1 }), util.inspect(rp, { depth: -1 }));
console.log(util.inspect(new Date(0), { colors: true }), util.inspect(/x/, { colors: true }));
const tagged = new Date(0); Object.defineProperty(tagged, Symbol.toStringTag, { value: 'DT' });
console.log(tagged);
