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
attempt('numbers', () => assert.strictEqual(1, 2));
attempt('number vs string', () => assert.strictEqual(1, '1'));
attempt('zero', () => assert.strictEqual(0, -0));
attempt('NaN', () => assert.strictEqual(NaN, NaN));
attempt('strings', () => assert.strictEqual('hello world', 'hello there'));
attempt('short strings', () => assert.strictEqual('ab', 'cd'));
attempt('objects same shape', () => assert.strictEqual({ a: 1 }, { a: 1 }));
attempt('arrays differ', () => assert.strictEqual([1, 2, 3], [1, 2, 4]));
attempt('functions', () => assert.strictEqual(function f() {}, function f() {}));
attempt('null undefined', () => assert.strictEqual(null, undefined));
attempt('bigint', () => assert.strictEqual(1n, 2n));
attempt('symbol', () => assert.strictEqual(Symbol('a'), Symbol('a')));
attempt('multiline string', () => assert.strictEqual('a\nb', 'a\nc'));
attempt('custom message', () => assert.strictEqual(1, 2, 'my message'));
attempt('custom message object', () => assert.strictEqual({ a: 1 }, { a: 2 }, 'objects differ'));
attempt('notStrictEqual', () => assert.notStrictEqual(1, 1));
attempt('notStrictEqual long', () => assert.notStrictEqual('abcdefgh', 'abcdefgh'));
const o = { a: [1, 2] };
attempt('notStrictEqual object', () => assert.notStrictEqual(o, o));
attempt('notStrictEqual fn', () => assert.notStrictEqual(assert, assert));
attempt('notStrictEqual differ', () => assert.notStrictEqual({}, {}));
