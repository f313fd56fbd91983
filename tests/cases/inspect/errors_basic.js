'use strict';
const util = require('node:util');
function withStack(err, stack) {
  Object.defineProperty(err, 'stack', { value: stack, writable: true, configurable: true, enumerable: false });
  return err;
}
console.log(withStack(new Error('boom'), 'Error: boom\n    at foo (/x/y.js:1:2)\n    at bar (/x/y.js:3:4)'));
const e2 = withStack(new TypeError('bad'), 'TypeError: bad\n    at foo (/x/y.js:1:2)');
e2.code = 'ERR_X'; e2.extra = { a: 1 };
console.log(e2);
console.log(withStack(new RangeError('no frames'), 'RangeError: no frames'));
console.log(withStack(new Error('empty stack'), ''));
const code = withStack(new Error('c'), 'Error: c'); code.code = 'ECODE'; code.errno = -2;
console.log(code);
console.log({ nested: withStack(new Error('in obj'), 'Error: in obj\n    at f (a.js:1:1)\n    at g (a.js:2:2)') });
console.log([withStack(new Error('in arr'), 'Error: in arr\n    at f (a.js:1:1)')]);
console.log(util.inspect({ a: { b: { c: withStack(new Error('deep'), 'Error: deep\n    at a (b.js:1:1)') } } }));
console.log(util.inspect({ a: { b: withStack(new Error('deep2'), 'Error: deep2') } }, { depth: 0 }));
console.log(util.inspect(withStack(new Error('multi\nline'), 'Error: multi\nline\n    at x (y.js:1:1)')));
console.log(new Map([['e', withStack(new Error('me'), 'Error: me\n    at q (w.js:1:1)')]]));
const e = new Error('message only');
console.log(e.message, e.name, String(e), Object.prototype.toString.call(e));
console.log(util.inspect(withStack(new Error('x'), 'Error: x'), { compact: false }));
console.log(util.inspect(withStack(new SyntaxError('s'), 'SyntaxError: s\n    at z (z.js:9:9)'), { colors: true }));
