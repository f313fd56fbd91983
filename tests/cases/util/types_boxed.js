'use strict';
const { types } = require('node:util');

const values = {
  numObj: new Number(1), strObj: new String('s'), boolObj: new Boolean(false),
  bigObj: Object(10n), symObj: Object(Symbol('q')), num: 1, str: 's', bool: true, big: 1n,
  sym: Symbol('x'), obj: {}, fakeNum: Object.create(Number.prototype),
  valueOfObj: { valueOf() { return 1; } },
};
const checks = ['isNumberObject', 'isStringObject', 'isBooleanObject', 'isBigIntObject',
  'isSymbolObject', 'isBoxedPrimitive'];
for (const name of Object.keys(values)) {
  console.log(name.padEnd(10), checks.map((c) => `${c}=${types[c](values[name]) ? 1 : 0}`).join(' '));
}
