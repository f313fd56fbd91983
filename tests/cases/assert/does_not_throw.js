'use strict';
const assert = require('node:assert');

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'passed');
  } catch (err) {
    console.log(`--- ${label}: ${err.name} ${err.code} ${err.operator} ${err.generatedMessage}`);
    console.log(err.message);
  }
}
const thrower = (e) => () => {
  throw e;
};
attempt('no throw', () => assert.doesNotThrow(() => 1));
attempt('throws', () => assert.doesNotThrow(thrower(new Error('bad'))));
attempt('throws with message', () => assert.doesNotThrow(thrower(new Error('bad')), 'note'));
attempt('matching class', () => assert.doesNotThrow(thrower(new TypeError('bad')), TypeError));
attempt('matching class with message', () => assert.doesNotThrow(thrower(new TypeError('bad')), TypeError, 'note'));
attempt('other class rethrows', () => assert.doesNotThrow(thrower(new RangeError('range')), TypeError));
attempt('regexp match', () => assert.doesNotThrow(thrower(new Error('abc')), /b/));
attempt('regexp no match rethrows', () => assert.doesNotThrow(thrower(new Error('abc')), /z/));
attempt('validator', () => assert.doesNotThrow(thrower(new Error('abc')), () => true));
attempt('validator false rethrows', () => assert.doesNotThrow(thrower(new Error('abc')), () => false));
attempt('object expected', () => assert.doesNotThrow(thrower(new Error('abc')), { message: 'abc' }));
attempt('string thrown', () => assert.doesNotThrow(thrower('plain')));
attempt('not a function', () => assert.doesNotThrow(42));
