'use strict';
const util = require('node:util');
console.log(new Number(3), new Number(-0), new String('ab'), new Boolean(false), Object(1n), Object(Symbol('bs')));
const s = new String('abc'); s.prop = 1;
console.log(s);
console.log(util.inspect(new String('ab'), { showHidden: true }));
const n = new Number(5); Object.defineProperty(n, Symbol.toStringTag, { value: 'NT' });
console.log(n);
class MyNum extends Number {}
console.log(new MyNum(7));
console.log(Object.setPrototypeOf(new Number(1), null));
console.log(new String('a long boxed string value that keeps going and going past the line width limit'));
console.log([new Number(1), new String("it's")]);
console.log(util.inspect(new Number(3), { colors: true }), util.inspect(new String('x'), { colors: true }));
console.log(util.inspect(new Boolean(true), { colors: true }), util.inspect(Object(2n), { colors: true }));
const sp = new String('x'); sp.p = 2;
console.log(util.inspect(sp, { colors: true }));
console.log(util.inspect(new Number(1234567), { numericSeparator: true }));
