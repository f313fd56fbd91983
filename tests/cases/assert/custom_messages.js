'use strict';
const assert = require('node:assert');

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'passed');
  } catch (err) {
    console.log(`--- ${label}: ${err.name} ${err.generatedMessage}`);
    console.log(err.message);
  }
}
const msgs = ['text', 5, 0, '', null, { toString() { return 'from object'; } }];
for (const m of msgs) {
  attempt(`strictEqual ${JSON.stringify(String(m))}`, () => assert.strictEqual(1, 2, m));
  attempt(`deepStrictEqual ${JSON.stringify(String(m))}`, () => assert.deepStrictEqual([1], [2], m));
  attempt(`notStrictEqual ${JSON.stringify(String(m))}`, () => assert.notStrictEqual(1, 1, m));
  attempt(`deepEqual ${JSON.stringify(String(m))}`, () => assert.deepEqual([1], [2], m));
}
attempt('same structure message', () => assert.strictEqual([1], [1], 'ignored header'));
attempt('error instance', () => assert.deepStrictEqual(1, 2, new SyntaxError('mine')));
