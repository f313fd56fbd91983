// A script that finishes within its timeout returns its value; later work is
// not affected by the expired limit; options are validated as node does.
const vm = require('vm');
console.log(vm.runInThisContext('1 + 2', { timeout: 1000 }));
console.log(new vm.Script('let q = 0; for (let i = 0; i < 1e5; i++) q++; q').runInThisContext({ timeout: 5000 }));
console.log(vm.runInThisContext('globalThis.x = 7; x * 6', { timeout: 1000, filename: 'f.js' }) >= 0);
try { vm.runInThisContext('throw new TypeError("own")', { timeout: 1000 }); } catch (e) { console.log(e.name, e.message); }
try { vm.runInThisContext('syntax error here', { timeout: 1000 }); } catch (e) { console.log(e.name); }
const end = Date.now() + 60;
while (Date.now() < end);
console.log('busy loop after a short timeout ran to its end');
for (const bad of [0, -1, 1.5, 2 ** 32, '10', null, NaN, Infinity, true]) {
  try { vm.runInThisContext('1', { timeout: bad }); console.log('no throw', bad); } catch (e) { console.log(e.code, e.message); }
}
try { new vm.Script('1').runInThisContext('x'); } catch (e) { console.log(e.code, e.message); }
try { vm.runInThisContext('1', { breakOnSigint: 1 }); } catch (e) { console.log(e.code, e.message); }
try { vm.runInThisContext('1', { displayErrors: 'no' }); } catch (e) { console.log(e.code, e.message); }
console.log(vm.runInThisContext('2', 'named.js'));
setTimeout(() => console.log('timer fires'), 20);
