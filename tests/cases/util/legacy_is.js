'use strict';
const util = require('node:util');

const values = [
  ['null', null], ['undefined', undefined], ['number', 1], ['NaN', NaN], ['string', 's'],
  ['boolean', true], ['symbol', Symbol('x')], ['object', {}], ['array', [1]],
  ['function', function() {}], ['arrow', () => {}], ['class', class {}],
  ['date', new Date(0)], ['fakeDate', Object.create(Date.prototype)], ['regexp', /x/],
  ['error', new Error('e')], ['errorLike', Object.create(Error.prototype)],
  ['buffer', Buffer.from('a')], ['uint8', new Uint8Array(1)], ['boxed', new String('s')],
];
const checks = ['isArray', 'isBoolean', 'isBuffer', 'isNull', 'isNullOrUndefined', 'isNumber',
  'isString', 'isSymbol', 'isUndefined', 'isRegExp', 'isObject', 'isDate', 'isError',
  'isFunction', 'isPrimitive'];
for (const check of checks) {
  console.log(check.padEnd(18), values.map(([, v]) => (util[check](v) ? 1 : 0)).join(''));
}
console.log('isArray is Array.isArray', util.isArray === Array.isArray);
console.log('names', checks.map((c) => util[c].name).join(','));
