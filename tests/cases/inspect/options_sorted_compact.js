'use strict';
const util = require('node:util');
const obj = { c: 3, a: 1, b: { z: 1, y: 2 }, arr: [3, 1, 2] };
console.log(util.inspect(obj, { sorted: true }));
console.log(util.inspect(obj, { sorted: (a, b) => (a < b ? 1 : a > b ? -1 : 0) }));
const arr = [3, 1, 2]; arr.z = 1; arr.a = 2;
console.log(util.inspect(arr, { sorted: true }));
for (const compact of [true, false, 0, 1, 2, 3, 4]) {
  console.log('compact', compact);
  console.log(util.inspect({ a: { b: { c: { d: 1 } } }, list: [1, 2, 3], s: 'str' }, { compact }));
  console.log(util.inspect([[1, 2], [3, [4, [5]]]], { compact }));
}
for (const breakLength of [0, 20, 40, 80, 120, Infinity]) {
  console.log('breakLength', breakLength);
  console.log(util.inspect({ alpha: 'a'.repeat(15), beta: ['b', 'b'], gamma: { g: 'g'.repeat(10) } }, { breakLength }));
}
console.log(util.inspect({ a: 'x'.repeat(100) }, { compact: true, breakLength: 40 }));
console.log(util.inspect({ a: { b: 'x'.repeat(100) } }, { compact: true }));
console.log(util.inspect(Array.from({ length: 30 }, (_, i) => i), { compact: true }));
console.log(util.inspect(new Map([[{ a: 1 }, { b: 2 }]]), { compact: true, breakLength: 10 }));
