'use strict';
const { isDeepStrictEqual } = require('node:util');
const assert = require('node:assert');

const a = { name: 'a' };
a.self = a;
const b = { name: 'a' };
b.self = b;
const c = { name: 'a' };
c.self = { name: 'a', self: c };
console.log('self loops', isDeepStrictEqual(a, b), isDeepStrictEqual(a, c), isDeepStrictEqual(c, a));

const arr1 = [1];
arr1.push(arr1);
const arr2 = [1];
arr2.push(arr2);
console.log('arrays', isDeepStrictEqual(arr1, arr2));

const m1 = new Map();
m1.set('me', m1);
const m2 = new Map();
m2.set('me', m2);
console.log('maps', isDeepStrictEqual(m1, m2));

const x = { v: 1 };
x.next = { v: 2, next: x };
const y = { v: 1 };
y.next = { v: 3, next: y };
console.log('different values in cycle', isDeepStrictEqual(x, y));

const deep1 = { list: [] };
const deep2 = { list: [] };
for (let i = 0; i < 50; i++) {
  deep1.list.push({ i, parent: deep1 });
  deep2.list.push({ i, parent: deep2 });
}
console.log('many cycles', isDeepStrictEqual(deep1, deep2));
deep2.list[49].i = 'x';
console.log('many cycles changed', isDeepStrictEqual(deep1, deep2));
assert.deepEqual(a, b);
console.log('loose circular ok');
