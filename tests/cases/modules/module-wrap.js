const Module = require('node:module');
console.log(JSON.stringify(Module.wrapper));
console.log(JSON.stringify(Module.wrap('return 1;')));
const fn = new Function('return ' + Module.wrap('module.exports = exports === this;').trim().replace(/;$/, ''))();
const m = { exports: {} };
fn.call(m.exports, m.exports, require, m, 'f', 'd');
console.log('wrapped fn works', m.exports);
