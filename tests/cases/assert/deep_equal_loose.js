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
attempt('numbers vs strings', () => assert.deepEqual({ a: 1, b: [2] }, { a: '1', b: ['2'] }));
attempt('prototype ignored', () => assert.deepEqual(Object.create(null), {}));
attempt('different values', () => assert.deepEqual({ a: 1 }, { a: 2 }));
attempt('arrays', () => assert.deepEqual([1, 2, 3], [1, 2]));
attempt('holes', () => assert.deepEqual([1, , 3], [1, undefined, 3]));
attempt('dates', () => assert.deepEqual(new Date(0), new Date(1)));
attempt('primitive vs boxed', () => assert.deepEqual(1, new Number(1)));
attempt('long', () => assert.deepEqual('a'.repeat(600), 'b'));
attempt('notDeepEqual same', () => assert.notDeepEqual({ a: 1 }, { a: '1' }));
attempt('notDeepEqual identical text', () => assert.notDeepEqual([1, 2], [1, 2]));
attempt('notDeepEqual differ', () => assert.notDeepEqual([1], [2]));
attempt('message', () => assert.deepEqual(1, 2, 'custom'));
attempt('missing', () => assert.deepEqual(1));
