'use strict';
const { isDeepStrictEqual } = require('node:util');

const s = Symbol('s');
const cases = [
  [1, 1], [1, '1'], [0, -0], [NaN, NaN], [null, undefined], ['a', 'a'],
  [{ a: 1 }, { a: 1 }], [{ a: 1 }, { a: 2 }], [{ a: 1, b: 2 }, { b: 2, a: 1 }],
  [{ a: undefined }, {}], [{ a: undefined }, { b: undefined }], [[1, 2], [1, 2]], [[1, 2], [2, 1]],
  [[1, , 3], [1, undefined, 3]], [[1, , 3], [1, , 3]], [[], {}], [{ 0: 1, length: 1 }, [1]],
  [Object.create(null), {}], [new Date(5), new Date(5)], [new Date(5), new Date(6)],
  [new Date(NaN), new Date(NaN)], [/a/g, /a/g], [/a/g, /a/i], [/a/, /b/],
  [new Error('x'), new Error('x')], [new Error('x'), new TypeError('x')], [new Error('x'), new Error('y')],
  [new Error('x', { cause: 1 }), new Error('x', { cause: 1 })], [new Error('x', { cause: 1 }), new Error('x', { cause: 2 })],
  [new Number(1), new Number(1)], [new Number(1), 1], [new String('ab'), new String('ab')],
  [new Boolean(true), new Boolean(false)], [Object(1n), Object(1n)], [Object(s), Object(s)],
  [{ [s]: 1 }, { [s]: 1 }], [{ [s]: 1 }, { [s]: 2 }], [{ [s]: 1 }, {}],
  [new Uint8Array([1, 2]), new Uint8Array([1, 2])], [new Uint8Array([1]), new Int8Array([1])],
  [new Float64Array([NaN]), new Float64Array([NaN])], [new Float32Array([0]), new Float32Array([-0])],
  [Buffer.from('ab'), new Uint8Array([97, 98])], [Buffer.from('ab'), Buffer.from('ab')],
  [new ArrayBuffer(2), new ArrayBuffer(2)], [new ArrayBuffer(2), new ArrayBuffer(3)],
  [new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2))],
  [function f() {}, function f() {}], [new WeakMap(), new WeakMap()],
  [Object.assign([1], { x: 1 }), [1]], [class A {}, class A {}],
  [{ a: [{ b: { c: 1 } }] }, { a: [{ b: { c: 1 } }] }], [{ a: [{ b: { c: 1 } }] }, { a: [{ b: { c: '1' } }] }],
];
for (const [a, b] of cases) {
  console.log(isDeepStrictEqual(a, b) ? 'equal   ' : 'unequal ', isDeepStrictEqual(b, a));
}
class Foo {
  constructor() {
    this.x = 1;
  }
}
console.log('class vs plain', isDeepStrictEqual(new Foo(), { x: 1 }));
const nonEnum = Object.defineProperty({}, 'hidden', { value: 1, enumerable: false });
console.log('non-enumerable ignored', isDeepStrictEqual(nonEnum, {}));
let calls = 0;
const g1 = { get v() { calls++; return 1; } };
const g2 = { get v() { calls++; return 1; } };
console.log('getters', isDeepStrictEqual(g1, g2), calls);
