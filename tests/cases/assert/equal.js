'use strict';
const assert = require('node:assert');

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'passed');
  } catch (err) {
    console.log(label, err.name, err.code, JSON.stringify(err.message), err.generatedMessage, err.operator);
  }
}
attempt('1 == "1"', () => assert.equal(1, '1'));
attempt('null == undefined', () => assert.equal(null, undefined));
attempt('NaN == NaN', () => assert.equal(NaN, NaN));
attempt('1 == 2', () => assert.equal(1, 2));
attempt('objects', () => assert.equal({}, {}));
attempt('strings', () => assert.equal('a', 'b'));
attempt('long strings', () => assert.equal('x'.repeat(20), 'y'.repeat(20)));
attempt('message', () => assert.equal(1, 2, 'one is not two'));
attempt('empty message', () => assert.equal(1, 2, ''));
attempt('notEqual equal', () => assert.notEqual(1, '1'));
attempt('notEqual NaN', () => assert.notEqual(NaN, NaN));
attempt('notEqual differ', () => assert.notEqual(1, 2));
attempt('notEqual message', () => assert.notEqual(1, 1, 'should differ'));
attempt('missing args', () => assert.equal(1));
attempt('missing args notEqual', () => assert.notEqual());
attempt('error as message', () => assert.equal(1, 2, new TypeError('custom type error')));
