'use strict';
// node:test — the test runner (reachable only as 'node:test'). Tests run
// after the main module, one top-level test at a time; the default
// reporter writes TAP to stdout.

const { test, describe, hook, variant } = require('internal/test_runner/harness');
const { MockTracker } = require('internal/test_runner/mock');
const { stubFunction } = require('internal/not_implemented');

function it(name, options, fn) { return test(name, options, fn); }
function suite(name, options, fn) { return describe(name, options, fn); }

for (const f of [test, it, describe, suite]) {
  const base = f === it ? test : f === suite ? describe : f;
  f.skip = variant(base, 'skip');
  f.todo = variant(base, 'todo');
  f.only = variant(base, 'only');
}

let mock;
module.exports = test;
Object.assign(test, {
  test,
  it,
  describe,
  suite,
  before: hook('before'),
  after: hook('after'),
  beforeEach: hook('beforeEach'),
  afterEach: hook('afterEach'),
  run: stubFunction('test.run'),
});
Object.defineProperty(test, 'mock', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    mock ??= new MockTracker();
    return mock;
  },
});
