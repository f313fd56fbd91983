'use strict';
const assert = require('node:assert');

process.on('warning', (w) => console.log('warning', w.name, w.code));
function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'passed');
  } catch (err) {
    console.log(label, err.name, err.code, JSON.stringify(err.message), err.generatedMessage,
      err.operator, err.actual, err.expected);
  }
}
attempt('no args', () => assert.fail());
attempt('message', () => assert.fail('boom'));
attempt('empty message', () => assert.fail(''));
attempt('undefined', () => assert.fail(undefined));
attempt('null', () => assert.fail(null));
attempt('error', () => assert.fail(new TypeError('typed')));
attempt('two args', () => assert.fail(1, 2));
attempt('three args', () => assert.fail(1, 2, 'msg'));
attempt('operator', () => assert.fail(1, 2, undefined, '>'));
attempt('operator and message', () => assert.fail('a', 'b', 'custom', '>>'));
