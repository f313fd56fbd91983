'use strict';
const util = require('node:util');
function withStack(err, stack) {
  Object.defineProperty(err, 'stack', { value: stack, writable: true, configurable: true, enumerable: false });
  return err;
}
const inner = withStack(new Error('inner'), 'Error: inner\n    at b (f.js:2:2)');
console.log(withStack(new Error('outer', { cause: inner }), 'Error: outer\n    at a (f.js:1:1)'));
console.log(withStack(new Error('prim cause', { cause: 42 }), 'Error: prim cause'));
console.log(withStack(new Error('obj cause', { cause: { reason: 'r', code: 5 } }), 'Error: obj cause\n    at a (b.js:1:1)'));
console.log(withStack(new Error('undef cause', { cause: undefined }), 'Error: undef cause'));
const loop = withStack(new Error('loop'), 'Error: loop\n    at a (b.js:1:1)'); loop.cause = loop;
console.log(loop);
const agg = withStack(new AggregateError([withStack(new Error('e1'), 'Error: e1\n    at d (g.js:2:2)'), 'x'], 'agg'), 'AggregateError: agg\n    at c (g.js:1:1)');
console.log(agg);
console.log(withStack(new AggregateError([], 'empty'), 'AggregateError: empty'));
const deepInner = withStack(new Error('inner'), 'Error: inner\n    at a (x.js:1:1)\n    at b (x.js:2:2)\n    at c (x.js:3:3)\n    at d (x.js:4:4)\n    at e (x.js:5:5)');
console.log(withStack(new Error('outer', { cause: deepInner }), 'Error: outer\n    at z (x.js:9:9)\n    at b (x.js:2:2)\n    at c (x.js:3:3)\n    at d (x.js:4:4)\n    at e (x.js:5:5)'));
const c3 = withStack(new Error('l3'), 'Error: l3');
const c2 = withStack(new Error('l2', { cause: c3 }), 'Error: l2');
const c1 = withStack(new Error('l1', { cause: c2 }), 'Error: l1');
console.log(c1);
console.log(util.inspect(c1, { depth: 0 }));
const inherited = withStack(Object.create(withStack(new Error('base', { cause: 'from proto' }), 'Error: base')), 'Error: child');
console.log(inherited);
