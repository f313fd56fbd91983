'use strict';
const assert = require('node:assert');

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'passed');
  } catch (err) {
    console.log(`--- ${label}: ${err.code} ${err.operator} ${err.generatedMessage}`);
    console.log(err.message);
  }
}
attempt('object value', () => assert.deepStrictEqual({ a: 1, b: 2 }, { a: 1, b: 3 }));
attempt('nested', () => assert.deepStrictEqual({ a: { b: { c: [1, 2] } } }, { a: { b: { c: [1, 3] } } }));
attempt('extra key', () => assert.deepStrictEqual({ a: 1 }, { a: 1, b: 2 }));
attempt('array longer', () => assert.deepStrictEqual([1, 2], [1, 2, 3, 4, 5]));
attempt('array shorter', () => assert.deepStrictEqual([1, 2, 3, 4, 5], [1, 2]));
attempt('type', () => assert.deepStrictEqual([1], ['1']));
attempt('zero', () => assert.deepStrictEqual(0, -0));
attempt('zero in array', () => assert.deepStrictEqual([0], [-0]));
attempt('NaN vs 0', () => assert.deepStrictEqual(NaN, 0));
attempt('prototype', () => assert.deepStrictEqual(Object.create(null), {}));
attempt('same structure', () => assert.deepStrictEqual({ s: Symbol('x') }, { s: Symbol('x') }));
attempt('set', () => assert.deepStrictEqual(new Set([1, 2]), new Set([1, 3])));
attempt('map', () => assert.deepStrictEqual(new Map([[1, { a: 1 }]]), new Map([[1, { a: 2 }]])));
attempt('date', () => assert.deepStrictEqual(new Date(0), new Date(1000)));
attempt('regexp', () => assert.deepStrictEqual(/a/g, /a/i));
attempt('string caret', () => assert.deepStrictEqual('abcdefgh', 'abcdxfgh'));
attempt('string long', () => assert.deepStrictEqual('x'.repeat(90), `${'x'.repeat(89)}y`));
attempt('errors', () => assert.deepStrictEqual(new Error('a'), new Error('b')));
attempt('typed arrays', () => assert.deepStrictEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4])));
attempt('class instance', () => {
  class Point {
    constructor(x) {
      this.x = x;
    }
  }
  assert.deepStrictEqual(new Point(1), new Point(2));
});
attempt('custom message', () => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'not the same'));
attempt('notDeepStrictEqual', () => assert.notDeepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }));
attempt('notDeepStrictEqual short', () => assert.notDeepStrictEqual('abc', 'abc'));
attempt('passes', () => assert.deepStrictEqual(new Map([[{ k: 1 }, [1, 2]]]), new Map([[{ k: 1 }, [1, 2]]])));
