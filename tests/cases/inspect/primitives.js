'use strict';
const util = require('node:util');
const values = [0, -0, 1, -1.5, 1e21, 1e-7, 123456789.123, NaN, Infinity, -Infinity,
  0n, -42n, 12345678901234567890n, true, false, undefined, null,
  Symbol('desc'), Symbol(), Symbol.iterator, Symbol.for('registered'), Symbol('with space')];
for (const v of values) console.log(util.inspect(v));
console.log(values);
console.log(-0, [-0], { z: -0 });
console.log(util.inspect(1234567.891, { numericSeparator: true }));
console.log(util.inspect([1e6, -1234567, 0.0001234, 123456789n, -98765n], { numericSeparator: true }));
console.log(util.inspect(1.5e-7, { numericSeparator: true }), util.inspect(-0.5, { numericSeparator: true }));
console.log(util.inspect(true, { colors: true }), util.inspect(null, { colors: true }), util.inspect(undefined, { colors: true }));
console.log(util.inspect(5n, { colors: true }), util.inspect(Symbol('c'), { colors: true }), util.inspect(-0, { colors: true }));
