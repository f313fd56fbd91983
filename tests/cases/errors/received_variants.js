'use strict';
const path = require('node:path');

class Foo {}
class Bar extends Foo {}
function namedFn() {}
const values = [
  ['number', 1], ['negzero', -0], ['nan', NaN], ['float', 1.5], ['big number', 1.5e300],
  ['infinity', -Infinity], ['bigint', 10n], ['true', true], ['symbol', Symbol('desc')],
  ['null', null], ['undefined', undefined],
  ['short str', 'abc'], ['25 chars', 'a'.repeat(25)], ['28 chars', 'b'.repeat(28)],
  ['29 chars', 'c'.repeat(29)], ['long str', 'd'.repeat(100)], ['quote', "it's"],
  ['both quotes', 'say "it\'s"'],
  ['plain object', { a: 1 }], ['array', [1, 2]], ['class instance', new Foo()],
  ['subclass instance', new Bar()], ['map', new Map()], ['date', new Date(0)],
  ['regexp', /x/g], ['error', new RangeError('r')], ['promise', Promise.resolve()],
  ['named fn', namedFn], ['arrow', () => {}], ['class', Foo], ['bound', namedFn.bind(null)],
  ['async fn', async function asyncNamed() {}], ['uint8array', new Uint8Array(2)],
  ['null proto', Object.create(null)], ['boxed', new String('x')],
];
for (const [label, v] of values) {
  try {
    path.basename(v);
    console.log(label, 'accepted');
  } catch (err) {
    console.log(label, '=>', err.message.replace(/^The "path" argument must be of type string\. /, ''));
  }
}
