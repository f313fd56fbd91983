'use strict';
const assert = require('node:assert');
const strict = require('node:assert/strict');

console.log('same', strict === assert.strict, strict.strict === strict);
console.log('keys', Object.keys(strict).join(','));
console.log('mapped', strict.equal === assert.strictEqual, strict.deepEqual === assert.deepStrictEqual,
  strict.notEqual === assert.notStrictEqual, strict.notDeepEqual === assert.notDeepStrictEqual);
console.log('shared', strict.ok === assert.ok, strict.throws === assert.throws, strict.AssertionError === assert.AssertionError);
console.log('names', strict.name, assert.name, strict.length);
function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'passed');
  } catch (err) {
    console.log(`--- ${label}: ${err.code} ${err.operator}`);
    console.log(err.message);
  }
}
attempt('equal', () => strict.equal(1, '1'));
attempt('deepEqual', () => strict.deepEqual({ a: 1 }, { a: '1' }));
attempt('notEqual', () => strict.notEqual(2, 2));
attempt('notDeepEqual', () => strict.notDeepEqual([1], [1]));
attempt('call', () => strict(0, 'strict call'));
attempt('deepEqual pass', () => strict.deepEqual({ a: [1] }, { a: [1] }));
console.log('loose still loose', (() => {
  assert.deepEqual({ a: 1 }, { a: '1' });
  return true;
})());
