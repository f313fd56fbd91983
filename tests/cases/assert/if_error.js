'use strict';
const assert = require('node:assert');

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'passed');
  } catch (err) {
    console.log(label, err.name, err.code, JSON.stringify(err.message), err.generatedMessage,
      err.operator, err.expected, typeof err.actual);
  }
}
attempt('null', () => assert.ifError(null));
attempt('undefined', () => assert.ifError(undefined));
attempt('error', () => assert.ifError(new Error('boom')));
attempt('empty message error', () => assert.ifError(new TypeError('')));
attempt('zero', () => assert.ifError(0));
attempt('empty string', () => assert.ifError(''));
attempt('false', () => assert.ifError(false));
attempt('string', () => assert.ifError('oops'));
attempt('object message', () => assert.ifError({ message: 'from object' }));
attempt('object non-string message', () => assert.ifError({ message: 5 }));
attempt('null proto', () => assert.ifError(Object.create(null)));
const original = new RangeError('keep');
try {
  assert.ifError(original);
} catch (err) {
  console.log('actual is original', err.actual === original);
}
