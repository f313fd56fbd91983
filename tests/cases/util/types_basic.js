'use strict';
const { types } = require('node:util');
const typesModule = require('node:util/types');
console.log('same object', types === typesModule);

class MyMap extends Map {}
const values = {
  date: new Date(), fakeDate: Object.create(Date.prototype), regexp: /x/g, regexpProto: RegExp.prototype,
  map: new Map(), subMap: new MyMap(), set: new Set(), weakMap: new WeakMap(), weakSet: new WeakSet(),
  object: {}, array: [], nul: null, num: 1, str: 's', fn: () => {},
  mapProtoObj: Object.create(Map.prototype), error: new Error('x'), rangeError: new RangeError('r'),
  fakeError: Object.create(Error.prototype),
};
const checks = ['isDate', 'isRegExp', 'isMap', 'isSet', 'isWeakMap', 'isWeakSet', 'isNativeError'];
for (const name of Object.keys(values)) {
  console.log(name.padEnd(12), checks.map((c) => `${c}=${types[c](values[name]) ? 1 : 0}`).join(' '));
}
console.log('keys', Object.keys(types).join(','));
