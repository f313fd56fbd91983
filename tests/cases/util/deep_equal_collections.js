'use strict';
const assert = require('node:assert');
const { isDeepStrictEqual } = require('node:util');

function loose(a, b) {
  try {
    assert.deepEqual(a, b);
    return true;
  } catch {
    return false;
  }
}
const cases = [
  [new Set([1, 2]), new Set([2, 1])], [new Set([1]), new Set(['1'])], [new Set([{ a: 1 }]), new Set([{ a: 1 }])],
  [new Set([{ a: 1 }, { a: 1 }]), new Set([{ a: 1 }, { a: 2 }])], [new Set([null]), new Set([undefined])],
  [new Set([1, '1']), new Set(['1', 1])], [new Set([NaN]), new Set([NaN])], [new Set([[1]]), new Set([['1']])],
  [new Map([[1, 'a']]), new Map([[1, 'a']])], [new Map([[1, 'a']]), new Map([['1', 'a']])],
  [new Map([[1, 'a']]), new Map([[1, 'b']])], [new Map([[{ k: 1 }, 'v']]), new Map([[{ k: 1 }, 'v']])],
  [new Map([[{ k: 1 }, 'v'], [{ k: 1 }, 'w']]), new Map([[{ k: 1 }, 'w'], [{ k: 1 }, 'v']])],
  [new Map([[null, 1]]), new Map([[undefined, 1]])], [new Map([[1, { a: [1] }]]), new Map([[1, { a: ['1'] }]])],
  [new Map(), new Set()], [new Map([[1, 1]]), new Map([[1, 1], [2, 2]])],
  [Object.assign(new Map(), { extra: 1 }), new Map()], [{ a: 1 }, { a: '1' }], [[1, 2], ['1', '2']],
  [1, '1'], [null, undefined], [0, false], [{ a: NaN }, { a: NaN }], [[0], [-0]],
];
for (const [a, b] of cases) {
  console.log(`strict=${isDeepStrictEqual(a, b)} loose=${loose(a, b)} reverse=${loose(b, a)}`);
}
