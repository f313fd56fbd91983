'use strict';
const util = require('node:util');
class A {}
class B extends A {}
class C { static x = 1; static m() {} }
class /* comment */ D /* other */ {}
const Anon = class {};
console.log(A, B, C, D, Anon, class {});
console.log([A, B]);
console.log(class extends null {});
class E extends B { constructor() { super(); this.e = 1; } }
console.log(E, new E());
const Named = class Inner {};
console.log(Named);
function F() {} const G = class extends F {};
console.log(G);
class H {} Object.defineProperty(H, 'name', { value: 'Renamed' });
console.log(H);
class WithProps {} WithProps.prop = 'p';
console.log(WithProps);
console.log(util.inspect(A, { depth: -1 }), util.inspect({ cls: A }, { depth: 0 }));
console.log(Object.getPrototypeOf(B) === A, B.name);
