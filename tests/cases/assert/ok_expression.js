'use strict';
const assert = require('node:assert');

function attempt(fn) {
  try {
    fn();
    console.log('passed');
  } catch (err) {
    console.log(JSON.stringify(err.message), err.generatedMessage);
  }
}
const zero = 0;
function check(x) {
  assert(x && typeof x === 'object');
}
attempt(() => assert(false));
attempt(() => assert.ok(1 === 2));
attempt(() => assert.ok(zero, undefined));
attempt(() => check(null));
attempt(() => assert.strict.ok(''));
attempt(() => {
  const { ok } = assert;
  ok(zero > 1);
});
attempt(() => assert(
  zero ===
    1
));
attempt(() => assert([1, 2].includes(3)));
attempt(() => assert(String(zero) === 'x(', 'ignored'));
attempt(() => assert(String(zero) === 'x(', undefined));
attempt(() => { [0].forEach((v) => assert(v)); });
