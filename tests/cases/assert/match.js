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
attempt('match', () => assert.match('I will pass', /pass/));
attempt('no match', () => assert.match('I will fail', /pass/));
attempt('not string', () => assert.match(123, /123/));
attempt('object', () => assert.match({ a: 1 }, /a/));
attempt('bad regexp', () => assert.match('abc', 'abc'));
attempt('message', () => assert.match('abc', /x/, 'custom'));
attempt('error message', () => assert.match('abc', /x/, new TypeError('thrown as is')));
attempt('doesNotMatch', () => assert.doesNotMatch('abc', /x/));
attempt('doesNotMatch fails', () => assert.doesNotMatch('abc', /b/));
attempt('doesNotMatch not string', () => assert.doesNotMatch(null, /b/));
attempt('doesNotMatch bad regexp', () => assert.doesNotMatch('abc', {}));
attempt('sticky regexp', () => {
  const re = /b/y;
  assert.match('abc', re);
});
attempt('multiline input', () => assert.match('line1\nline2', /line3/));
