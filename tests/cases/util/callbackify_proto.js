'use strict';
// util.callbackify: the wrapper is a plain function (Function.prototype),
// named and sized after the original.
const { callbackify } = require('util');
async function asyncFn(a) { return a * 2; }
function promiseFn(a) { return Promise.resolve(a + 1); }
for (const fn of [asyncFn, promiseFn]) {
  const cb = callbackify(fn);
  console.log(cb.name, cb.length, Object.getPrototypeOf(cb) === Function.prototype,
    Object.getPrototypeOf(cb) === Object.getPrototypeOf(fn));
  cb(20, (err, v) => console.log(fn.name, err, v));
}
callbackify(() => Promise.reject(null))((err) => console.log(err.code, err.reason, err.message));
