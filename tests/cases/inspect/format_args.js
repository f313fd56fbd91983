'use strict';
const util = require('node:util');
console.log(util.format());
console.log(util.format('a', 'b', 1, { c: 2 }));
console.log(util.format(1, 2, 3));
console.log(util.format({ a: 1 }, 'str', ['x']));
console.log(util.format(undefined), util.format(null, 'x'));
console.log(util.format('%s'), util.format('%d'), util.format('only'));
console.log(util.format(Symbol('s'), 1n, -0, [-0]));
console.log(util.format('%s', 'x', Symbol('after')));
class WithToString { toString() { return 'custom!'; } }
console.log(util.format('%s', new WithToString()));
console.log(util.format('%s', { toString() { return 'own'; } }));
console.log(util.format('%s', Object.assign(Object.create({ toString: () => 'inherited' }), { x: 1 })));
console.log(util.format('%s', new (class Foo {})()));
console.log(util.format('%s', new Date(0)));
console.log(util.format('%s', Object.create(null)));
console.log(util.format('%s', { toString: 5 }));
console.log(util.format('%s', [1, 2, 3], 'tail'));
console.log(util.format('a\nb', { multi: 'line' }));
console.log(util.formatWithOptions({ colors: true }, '%s %o', 'a', [1]));
console.log(util.formatWithOptions({ depth: 0 }, { a: { b: 1 } }));
console.log(util.formatWithOptions({ compact: false }, '%O', { a: 1 }));
console.log(util.formatWithOptions([], 'arr opts %d', 5));
for (const bad of [null, 'str', 5, undefined, () => {}]) {
  try { util.formatWithOptions(bad, 'x'); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log('%s and %d', 'console', 42, 'extra');
console.log('%c', 'css only');
console.log('%o', 'str');
