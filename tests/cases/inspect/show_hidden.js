'use strict';
const util = require('node:util');
const o = { visible: 1 };
Object.defineProperty(o, 'hidden', { value: 2 });
Object.defineProperty(o, Symbol('hiddenSym'), { value: 3 });
console.log(util.inspect(o, { showHidden: true }));
console.log(util.inspect([1, 2], { showHidden: true }));
console.log(util.inspect(new Map([[1, [2]]]), { showHidden: true }));
console.log(util.inspect(new Set(['a']), { showHidden: true }));
console.log(util.inspect({ arr: [[1]] }, { showHidden: true, depth: 0 }));
class A { constructor() { this.x = 1; } get computed() { return 2; } static s() {} }
console.log(util.inspect(new A(), { showHidden: true }));
class B extends A { get more() { return 3; } }
console.log(util.inspect(new B(), { showHidden: true }));
console.log(util.inspect(new B(), { showHidden: true, getters: true }));
console.log(util.inspect(new String('hi'), { showHidden: true }));
console.log(util.format('%o', [1, { a: 2 }]));
console.log(util.format('%o', { a: [1, 2, 3], s: 'str' }));
