'use strict';
const assert = require('node:assert');

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'passed');
  } catch (err) {
    console.log(`--- ${label}`);
    console.log(err.message);
  }
}
const range = (n, f = (i) => i) => Array.from({ length: n }, (_, i) => f(i));
attempt('first element', () => assert.deepStrictEqual(range(12, (i) => i + 1), [0, ...range(11, (i) => i + 2)]));
attempt('last element', () => assert.deepStrictEqual(range(10), [...range(9), 99]));
attempt('middle', () => assert.deepStrictEqual(range(30), range(30, (i) => (i === 15 ? -1 : i))));
attempt('many changes', () => assert.deepStrictEqual(range(80), range(80, (i) => (i % 7 === 0 ? -i : i))));
attempt('big object', () => {
  const a = {};
  const b = {};
  for (let i = 0; i < 40; i++) {
    a[`key${i}`] = i;
    b[`key${i}`] = i === 20 ? 'changed' : i;
  }
  assert.deepStrictEqual(a, b);
});
attempt('identical large', () => assert.strictEqual(range(60), range(60)));
attempt('trailing comma', () => assert.deepStrictEqual([1, 2], [1, 2, 3]));
attempt('nested arrays', () => assert.deepStrictEqual([[1, 2], [3, 4], [5, 6]], [[1, 2], [3, 5], [5, 6]]));
attempt('notDeepStrictEqual large', () => assert.notDeepStrictEqual(range(70), range(70)));
