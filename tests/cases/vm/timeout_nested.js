// Nested timeouts: the shorter inner one fires and the outer script goes on;
// a shorter outer one fires through a longer inner one.
const vm = require('vm');
globalThis.vm = vm;
globalThis.log = [];
try {
  vm.runInThisContext(`
    try { vm.runInThisContext('while (true) {}', { timeout: 20 }); }
    catch (e) { log.push('inner: ' + e.message); }
    log.push('outer continues');
    while (true) {}
  `, { timeout: 200 });
} catch (e) {
  log.push('outer: ' + e.message);
}
console.log(log.splice(0));
try {
  vm.runInThisContext(`
    try { vm.runInThisContext('while (true) {}', { timeout: 5000 }); }
    catch (e) { log.push('inner caught ' + e.message); }
    log.push('outer not stopped');
  `, { timeout: 40 });
} catch (e) {
  log.push('outer: ' + e.message);
}
console.log(log.splice(0));
try {
  vm.runInThisContext(`
    vm.runInThisContext('new vm.Script("while (true) {}").runInThisContext({ timeout: 10 })', { timeout: 3000 });
  `, { timeout: 4000 });
} catch (e) {
  log.push('innermost reached the top: ' + e.message);
}
console.log(log.splice(0));
