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
function makeError() {
  const err = new TypeError('Wrong value');
  err.code = 'E_WRONG';
  err.info = { nested: true, list: [1, 2] };
  return err;
}
const thrower = (e) => () => {
  throw e;
};
attempt('match subset', () => assert.throws(thrower(makeError()), { name: 'TypeError', message: 'Wrong value' }));
attempt('match code', () => assert.throws(thrower(makeError()), { code: 'E_WRONG' }));
attempt('match regexp prop', () => assert.throws(thrower(makeError()), { message: /wrong/i, code: /^E_/ }));
attempt('match nested', () => assert.throws(thrower(makeError()), { info: { nested: true, list: [1, 2] } }));
attempt('wrong message', () => assert.throws(thrower(makeError()), { message: 'Other' }));
attempt('wrong regexp prop', () => assert.throws(thrower(makeError()), { message: /other/ }));
attempt('wrong name', () => assert.throws(thrower(makeError()), { name: 'RangeError', message: 'Wrong value' }));
attempt('missing prop', () => assert.throws(thrower(makeError()), { code: 'E_WRONG', missing: 1 }));
attempt('wrong nested', () => assert.throws(thrower(makeError()), { info: { nested: false, list: [1, 2] } }));
attempt('custom message', () => assert.throws(thrower(makeError()), { code: 'X' }, 'custom text'));
attempt('empty object', () => assert.throws(thrower(makeError()), {}));
attempt('empty array', () => assert.throws(thrower(makeError()), []));
attempt('error instance same', () => assert.throws(thrower(new TypeError('t')), new TypeError('t')));
attempt('error instance differ', () => assert.throws(thrower(new TypeError('t')), new TypeError('u')));
attempt('error instance name', () => assert.throws(thrower(new TypeError('t')), new RangeError('t')));
attempt('primitive thrown', () => assert.throws(thrower(5), { message: 'x' }));
attempt('null thrown', () => assert.throws(thrower(null), { message: 'x' }));
attempt('plain object thrown', () => assert.throws(thrower({ a: 1, b: 2 }), { a: 1 }));
attempt('plain object mismatch', () => assert.throws(thrower({ a: 1 }), { a: 2 }));
