'use strict';
const assert = require('node:assert');

function report(label, err) {
  console.log(`--- ${label}: ${err.name} ${err.code} ${err.operator} ${err.generatedMessage}`);
  console.log(err.message);
}
const cases = [
  ['rejects ok', () => assert.rejects(Promise.reject(new Error('x')), /x/)],
  ['rejects fn ok', () => assert.rejects(async () => { throw new TypeError('t'); }, TypeError)],
  ['resolves', () => assert.rejects(Promise.resolve(1))],
  ['resolves class', () => assert.rejects(Promise.resolve(1), TypeError)],
  ['resolves message', () => assert.rejects(Promise.resolve(1), 'expected failure')],
  ['wrong class', () => assert.rejects(async () => { throw new Error('e'); }, RangeError)],
  ['object mismatch', () => assert.rejects(async () => { throw new Error('e'); }, { message: 'f' })],
  ['not promise return', () => assert.rejects(() => 1)],
  ['bad arg', () => assert.rejects(5)],
  ['sync throw in fn', () => assert.rejects(() => { throw new Error('sync'); })],
  ['thenable', () => assert.rejects({ then(res, rej) { rej(new Error('thenable')); }, catch() {} }, /thenable/)],
  ['doesNotReject ok', () => assert.doesNotReject(Promise.resolve('fine'))],
  ['doesNotReject rejects', () => assert.doesNotReject(Promise.reject(new Error('nope')))],
  ['doesNotReject message', () => assert.doesNotReject(async () => { throw new Error('nope'); }, 'note')],
  ['doesNotReject other class', () => assert.doesNotReject(async () => { throw new TypeError('t'); }, RangeError)],
  ['doesNotReject bad return', () => assert.doesNotReject(() => 'x')],
];
(async () => {
  for (const [label, fn] of cases) {
    const p = fn();
    console.log(label, 'returns promise', p instanceof Promise);
    try {
      const v = await p;
      console.log(label, 'resolved', v);
    } catch (err) {
      report(label, err);
    }
  }
})();
