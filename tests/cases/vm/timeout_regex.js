// A catastrophically backtracking regex is stopped by the timeout.
const vm = require('vm');
const start = Date.now();
try {
  vm.runInThisContext(`/(a+)+$/.test('a'.repeat(40) + '!')`, { timeout: 50 });
  console.log('finished');
} catch (e) {
  console.log(e.code, e.message, Date.now() - start < 3000);
}
console.log(/(a+)+$/.test('aaaa!'));
