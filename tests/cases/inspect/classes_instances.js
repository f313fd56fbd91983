'use strict';
const util = require('node:util');
class Foo { constructor() { this.a = 1; } }
class Bar extends Foo { get g() { return 5; } method() {} }
console.log(new Foo(), new Bar());
class Empty {}
console.log(new Empty(), [new Empty()]);
console.log(new (class {})());
function OldStyle() { this.v = 1; }
OldStyle.prototype.meth = function () {};
console.log(new OldStyle());
console.log(Object.create(new Foo()));
console.log(Object.create(Foo.prototype));
class WithCtorProp { constructor() { this.constructor = 5; } }
console.log(new WithCtorProp());
console.log({ constructor: 'not a function', x: 1 });
class Tagged { get [Symbol.toStringTag]() { return 'TT'; } }
console.log(new Tagged());
class SameTag { get [Symbol.toStringTag]() { return 'SameTag'; } }
console.log(new SameTag());
console.log({ [Symbol.toStringTag]: 'Own', a: 1 });
console.log(Object.defineProperty({ a: 1 }, Symbol.toStringTag, { value: 'NonEnum' }));
class ExtMap extends Map {}
class ExtSet extends Set {}
class ExtPromise extends Promise {}
console.log(new ExtMap([[1, 2]]), new ExtSet([1]), new ExtSet());
console.log(ExtPromise.resolve(3));
class ExtErr extends Error {}
console.log(Object.keys(new ExtErr('x')));
console.log(Foo.prototype, Bar.prototype);
class P { get pg() { return 'pgv'; } }
class Q extends P { get qg() { return 'qgv'; } }
const q = new Q(); q.own = 1;
console.log(util.inspect(q, { showHidden: true }));
console.log(util.inspect(q, { showHidden: true, getters: true }));
