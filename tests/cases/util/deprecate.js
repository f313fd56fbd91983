'use strict';
const util = require('node:util');

const warnings = [];
process.on('warning', (w) => warnings.push(`${w.name} ${w.code} ${w.message}`));

function sum(a, b) {
  return a + b;
}
const dep = util.deprecate(sum, 'sum() is deprecated', 'DEP_TEST_1');
console.log('result', dep(1, 2), dep(3, 4));
console.log('wrapper name', dep.name, Object.getPrototypeOf(dep) === sum, dep.prototype === sum.prototype);

const dep2 = util.deprecate(sum, 'same code again', 'DEP_TEST_1');
dep2(1, 1);

const noCode = util.deprecate(() => 'x', 'no code message');
noCode();
noCode();
const noCode2 = util.deprecate(() => 'y', 'no code message');
noCode2();

class Old {
  constructor(v) {
    this.v = v;
  }
}
const DepOld = util.deprecate(Old, 'Old is deprecated', 'DEP_TEST_2');
const inst = new DepOld(5);
console.log('construct', inst instanceof Old, inst.v, inst.constructor === Old);

try {
  util.deprecate(sum, 'msg', 123);
} catch (err) {
  console.log(err.name, err.code, err.message);
}

setTimeout(() => {
  console.log(warnings.join('\n'));
}, 10);
