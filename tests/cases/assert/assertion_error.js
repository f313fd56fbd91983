'use strict';
const assert = require('node:assert');
const { AssertionError } = assert;

const e = new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(e instanceof Error, e instanceof AssertionError, e.name, e.code);
console.log(JSON.stringify(e.message), e.generatedMessage, e.actual, e.expected, e.operator);
console.log(Object.keys(e).join(','));
console.log(String(e));
console.log(Object.prototype.hasOwnProperty.call(e, 'name'), Object.getOwnPropertyDescriptor(e, 'name').enumerable);

const withMessage = new AssertionError({ message: 'custom', actual: 1, expected: 2, operator: 'equal' });
console.log(JSON.stringify(withMessage.message), withMessage.generatedMessage);
const unknownOp = new AssertionError({ actual: 'a', expected: 'b', operator: '<=>' });
console.log(JSON.stringify(unknownOp.message));
const noOp = new AssertionError({ actual: [1], expected: [2] });
console.log(JSON.stringify(noOp.message), noOp.operator);
const empty = new AssertionError({});
console.log(JSON.stringify(empty.message));
const notDeep = new AssertionError({ actual: { a: 1 }, expected: { a: 1 }, operator: 'notDeepEqual' });
console.log(JSON.stringify(notDeep.message));
const notDeepDiff = new AssertionError({ actual: { a: 1 }, expected: { a: 2 }, operator: 'notDeepEqual' });
console.log(JSON.stringify(notDeepDiff.message));
const deepStrict = new AssertionError({ actual: [1, 2], expected: [1, 3], operator: 'deepStrictEqual', message: 'Header' });
console.log(JSON.stringify(deepStrict.message), deepStrict.generatedMessage);
for (const bad of [undefined, null, 5, 'x']) {
  try {
    new AssertionError(bad);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
console.log('prototype', Object.getPrototypeOf(AssertionError.prototype) === Error.prototype, AssertionError.name);
