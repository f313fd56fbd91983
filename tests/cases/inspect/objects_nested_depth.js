'use strict';
const util = require('node:util');
const deep = { l1: { l2: { l3: { l4: { l5: {} } } } }, arr: [[[[1]]]] };
console.log(deep);
for (const depth of [0, 1, 2, 3, null, Infinity, -1]) console.log(depth, util.inspect(deep, { depth }));
console.log({ a: { b: { c: {} } } });
console.log({ a: [{ b: [{ c: [] }] }] });
console.log({ x: { y: 1 }, z: { w: { v: 2 } } });
console.log({ level1: { level2: { level3: { level4: 'deep' } }, sibling: [1, 2, 3] }, other: 'x' });
console.log([{ a: { b: { c: { d: 1 } } } }]);
console.log(new Map([[{ a: { b: { c: {} } } }, { x: { y: { z: {} } } }]]));
console.log(util.inspect({ a: { b: { c: { d: {} } } } }, false, 0));
console.log(util.inspect({ a: { b: { c: { d: {} } } } }, false, null));
console.log(util.inspect({ a: 1 }, true));
class Foo { constructor() { this.inner = { more: { evenMore: {} } }; } }
console.log({ foo: new Foo() }, util.inspect(new Foo(), { depth: 0 }));
console.log(util.inspect({ m: new Map([[1, 2]]), s: new Set([1]), a: [1], n: Object.create(null) }, { depth: -1 }));
console.log(util.inspect({ m: new Map([[1, 2]]), s: new Set([1]), a: [1], n: Object.create(null), f: new Foo() }, { depth: 0 }));
console.log(util.inspect([Object.setPrototypeOf([1], null), Object.setPrototypeOf(new Map(), null)], { depth: 0 }));
