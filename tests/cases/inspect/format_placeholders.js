'use strict';
const util = require('node:util');
const o = { a: { b: { c: { d: 1 } } }, arr: [1, 2, 3] };
const cases = [
  ['%s', 'str'], ['%s', 42], ['%s', -0], ['%s', 1n], ['%s', Symbol('sy')], ['%s', null], ['%s', undefined], ['%s', o],
  ['%s', [1, [2, [3]]]], ['%s', () => 1], ['%s %s', 'a'], ['%d', '42'], ['%d', 1.5], ['%d', -0], ['%d', 5n], ['%d', Symbol('x')],
  ['%d', {}], ['%d', ''], ['%d', '0x10'], ['%i', '42.9abc'], ['%i', 3n], ['%i', Symbol('i')], ['%i', -0.5], ['%f', '1.5e2x'], ['%f', Symbol('f')],
  ['%f', 'abc'], ['%j', o], ['%j', undefined], ['%j', 'str'], ['%j', { toJSON() { return 'tj'; } }], ['%o', o], ['%O', o], ['%o', [1, 2]],
  ['%c%s', 'color: red', 'x'], ['%%', 1], ['%%'], ['%% %s', 'a'], ['100%'], ['%x', 1], ['%', 1], ['%s%', 1], ['x%sy%sz', 1, 2],
  ['%s', 'a\nb'], ['%O', 'str'], ['%d%d', 1], ['%s', [undefined, null]], ['%s', 1.5e300], ['%s', NaN], ['%s:%s', 'a'],
  ['%s %d %i %f %j %o %O %c %%', 'a', 1, 2, 3, [4], 5, 6, 'css'], ['%s', 'a', 'b', { c: 1 }], ['%O', { a: { b: { c: { d: {} } } } }],
  ['%o', { a: { b: { c: { d: { e: { f: 1 } } } } } }], ['%s', new Map([[1, { a: { b: 1 } }]])], ['%s', new Set([[1, [2]]])],
];
for (const args of cases) console.log(JSON.stringify(util.format(...args)));
const circ = { x: 1 }; circ.c = circ;
console.log(util.format('%j', circ));
try { util.format('%j', { b: 1n }); } catch (e) { console.log('threw', e.name); }
