// Neither catch nor finally inside the timed script can swallow the timeout.
const vm = require('vm');
globalThis.log = [];
try {
  vm.runInThisContext(`
    try { while (true) {} } catch (e) { log.push('caught ' + e); } finally { log.push('finally'); }
    log.push('after');
  `, { timeout: 30 });
} catch (e) {
  console.log('outer caught:', e.message);
}
console.log('inside log:', log);
try {
  vm.runInThisContext(`for (;;) { try { for (;;) {} } catch (e) {} finally { continue; } }`, { timeout: 30 });
} catch (e) {
  console.log('outer caught:', e.code);
}
try {
  vm.runInThisContext(`(function f() { try { f(); } finally { while (true) {} } })()`, { timeout: 30 });
} catch (e) {
  console.log('recursive finally:', e.code);
}
// the caller's own try/finally runs normally
try {
  try { vm.runInThisContext('while (true) {}', { timeout: 10 }); } finally { console.log('caller finally runs'); }
} catch (e) { console.log(e.code); }
