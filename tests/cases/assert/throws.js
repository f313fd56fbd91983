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
attempt('throws any', () => assert.throws(thrower(new Error('x'))));
attempt('missing', () => assert.throws(() => {}));
attempt('missing class', () => assert.throws(() => {}, TypeError));
attempt('missing message', () => assert.throws(() => {}, 'should throw'));
attempt('missing class and message', () => assert.throws(() => {}, RangeError, 'should throw'));
attempt('missing named fn', () => assert.throws(() => {}, function validator() { return true; }));
attempt('class match', () => assert.throws(thrower(new TypeError('t')), TypeError));
attempt('superclass match', () => assert.throws(thrower(new TypeError('t')), Error));
attempt('class mismatch', () => assert.throws(thrower(new Error('e')), TypeError));
attempt('class mismatch message', () => assert.throws(thrower(new Error('e')), RangeError, 'custom'));
attempt('class same name', () => {
  class TypeError2 extends Error {}
  Object.defineProperty(TypeError2, 'name', { value: 'Error' });
  assert.throws(thrower(new Error('e')), TypeError2);
});
attempt('non error thrown vs class', () => assert.throws(thrower('plain string'), TypeError));
attempt('regexp match', () => assert.throws(thrower(new Error('hello')), /hell/));
attempt('regexp mismatch', () => assert.throws(thrower(new Error('hello')), /bye/));
attempt('regexp string thrown', () => assert.throws(thrower('str'), /x/));
attempt('validator true', () => assert.throws(thrower(new Error('e')), (e) => e.message === 'e'));
attempt('validator false', () => assert.throws(thrower(new Error('e')), (e) => false));
attempt('validator named', () => assert.throws(thrower(new Error('e')), function check() { return 1; }));
attempt('validator throws', () => assert.throws(thrower(new Error('e')), () => {
  throw new RangeError('from validator');
}));
attempt('ambiguous', () => assert.throws(thrower(new Error('same')), 'same'));
attempt('ambiguous thrown string', () => assert.throws(thrower('same'), 'same'));
attempt('string and message', () => assert.throws(thrower(new Error('e')), 'a', 'b'));
attempt('bad error arg', () => assert.throws(thrower(new Error('e')), 5));
attempt('bad fn', () => assert.throws('not a function'));
attempt('message as error', () => assert.throws(() => {}, new TypeError('use me')));
