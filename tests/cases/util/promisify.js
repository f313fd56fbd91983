'use strict';
const util = require('node:util');

function double(x, cb) {
  setTimeout(() => cb(null, x * 2), 1);
}
function failing(cb) {
  cb(new Error('failed here'));
}
function multi(cb) {
  cb(null, 'first', 'second');
}
function usesThis(cb) {
  cb(null, this && this.tag);
}

const pDouble = util.promisify(double);
console.log('name', pDouble.name, 'length', pDouble.length);
console.log('same on repeat', util.promisify(pDouble) === pDouble);
console.log('custom symbol', util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
console.log('symbol desc', String(util.promisify.custom));
const desc = Object.getOwnPropertyDescriptor(pDouble, util.promisify.custom);
console.log('custom prop', desc.value === pDouble, desc.writable, desc.enumerable, desc.configurable);

for (const bad of [1, 'str', null, undefined, {}]) {
  try {
    util.promisify(bad);
  } catch (err) {
    console.log('bad', err.name, err.code, err.message);
  }
}

(async () => {
  console.log('double', await pDouble(21));
  try {
    await util.promisify(failing)();
  } catch (err) {
    console.log('rejected', err.message);
  }
  console.log('multi', await util.promisify(multi)());
  const obj = { tag: 'T', m: util.promisify(usesThis) };
  console.log('this', await obj.m());
  const falsy = util.promisify((cb) => cb(0, 'value'));
  console.log('falsy error resolves', await falsy());
})();
