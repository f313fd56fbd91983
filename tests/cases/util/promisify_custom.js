'use strict';
const util = require('node:util');

function legacy(cb) {
  cb(null, 'legacy');
}
legacy[util.promisify.custom] = () => Promise.resolve('custom!');
const p = util.promisify(legacy);
console.log('returns custom', p === legacy[util.promisify.custom]);
p().then((v) => console.log('custom value', v));

function badCustom() {}
badCustom[util.promisify.custom] = 42;
try {
  util.promisify(badCustom);
} catch (err) {
  console.log(err.name, err.code, err.message);
}

// Properties of the original are copied to the promisified function.
function withProps(cb) {
  cb(null, 1);
}
withProps.extra = 'x';
withProps.count = 3;
const q = util.promisify(withProps);
console.log('extra', q.extra, q.count, Object.getPrototypeOf(q) === Object.getPrototypeOf(withProps));

// A custom function set via the symbol on a class method.
class Timer {
  wait(ms, cb) {
    cb(null, ms);
  }
}
const wait = util.promisify(Timer.prototype.wait);
wait.call(new Timer(), 5).then((v) => console.log('method', v));

// setTimeout has a custom promisified form in Node.
const sleep = util.promisify(setTimeout);
sleep(1, 'slept').then((v) => console.log('setTimeout custom', v));
