'use strict';
const util = require('node:util');

async function add(a, b) {
  return a + b;
}
const cbAdd = util.callbackify(add);
console.log('name', cbAdd.name, 'length', cbAdd.length);
cbAdd(2, 3, (err, value) => console.log('add', err, value));

util.callbackify(async () => {
  throw new TypeError('boom');
})((err) => console.log('rejected', err.name, err.message));

for (const reason of [null, 0, '', false, undefined]) {
  util.callbackify(() => Promise.reject(reason))((err) => {
    console.log('falsy', JSON.stringify(String(reason)), err.code, err.message,
                'reason' in err, err.reason === reason);
  });
}

try {
  util.callbackify('nope');
} catch (err) {
  console.log(err.name, err.code, err.message);
}
try {
  cbAdd(1, 2);
} catch (err) {
  console.log(err.name, err.code, err.message);
}

const obj = {
  value: 7,
  get: util.callbackify(async function() { return this.value; }),
};
obj.get((err, v) => console.log('this binding', err, v));

let sync = true;
cbAdd(1, 1, () => console.log('async callback', !sync));
sync = false;
