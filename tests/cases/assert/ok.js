'use strict';
const assert = require('node:assert');

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'passed');
  } catch (err) {
    console.log(label, err.name, err.code, JSON.stringify(err.message), err.generatedMessage,
      err.operator, JSON.stringify(err.actual), err.expected);
  }
}
attempt('truthy', () => assert(1));
attempt('ok truthy', () => assert.ok('x'));
attempt('same fn', () => console.log(assert === assert.ok, assert.name, assert.length));
attempt('custom message', () => assert.ok(0, 'zero is falsy'));
attempt('empty message', () => assert.ok(null, ''));
attempt('number message', () => assert(false, 42));
attempt('error message', () => assert.ok(false, new RangeError('own error')));
attempt('no args', () => assert.ok());
attempt('no args assert', () => assert());
attempt('undefined explicit', () => assert(undefined, 'explicit undefined'));
attempt('eval source', () => eval('assert(false)'));
attempt('function source', () => new Function('assert', 'assert.ok(0)')(assert));
