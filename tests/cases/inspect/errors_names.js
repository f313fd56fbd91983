'use strict';
const util = require('node:util');
function withStack(err, stack) {
  Object.defineProperty(err, 'stack', { value: stack, writable: true, configurable: true, enumerable: false });
  return err;
}
const named = withStack(new Error('named'), 'Error: named\n    at z (a.js:1:1)'); named.name = 'CustomName';
console.log(named);
class MyError extends Error { constructor(m) { super(m); this.name = 'MyError'; } }
console.log(withStack(new MyError('mine'), 'MyError: mine\n    at q (b.js:1:1)'));
class NoName extends Error {}
console.log(withStack(new NoName('nn'), 'Error: nn\n    at x (y.js:1:1)'));
class Weird extends TypeError {}
console.log(withStack(new Weird('w'), 'TypeError: w'));
const typeNamed = withStack(new Error('m'), 'Error: m\n    at x (y.js:1:1)'); typeNamed.name = 'TypeError';
console.log(typeNamed);
const nullName = withStack(new Error('nul'), 'Error: nul\n    at a (b.js:1:1)'); nullName.name = null;
console.log(nullName);
const emptyName = withStack(new Error('emp'), 'emp\n    at a (b.js:1:1)'); emptyName.name = '';
console.log(emptyName);
const changedMsg = withStack(new Error('orig'), 'Error: orig\n    at a (b.js:1:1)'); changedMsg.message = 'changed';
console.log(changedMsg);
const nameEnum = withStack(new Error('m'), 'Error: m'); Object.defineProperty(nameEnum, 'name', { value: 'Error', enumerable: true });
console.log(nameEnum);
const tagged = withStack(new Error('t'), 'Error: t\n    at x (y.js:1:1)'); tagged[Symbol.toStringTag] = 'Tg';
console.log(tagged);
const nullProto = withStack(new Error('np'), 'Error: np\n    at x (y.js:1:1)'); Object.setPrototypeOf(nullProto, null);
console.log(nullProto);
const noStack = withStack(new Error('ns'), undefined);
console.log(noStack);
const numStack = withStack(new Error('num'), 42);
console.log(numStack);
const fake = Object.create(Error.prototype);
console.log(util.inspect(fake));
const fake2 = withStack(Object.create(TypeError.prototype), 'TypeError: fake\n    at f (f.js:1:1)');
console.log(fake2);
