// A runaway script is stopped past its timeout; the caller catches Node's error and goes on.
const vm = require('vm');
const start = Date.now();
try {
  vm.runInThisContext('while (true) {}', { timeout: 50 });
  console.log('not stopped');
} catch (e) {
  console.log(e instanceof Error, e.name, e.message, e.code, Object.keys(e));
  console.log('stopped in time:', Date.now() - start < 2000);
}
const script = new vm.Script('for (;;) {}', { filename: 'spin.js' });
for (let i = 0; i < 3; i++) {
  try { script.runInThisContext({ timeout: 20 }); } catch (e) { console.log(i, e.code); }
}
let after = 0;
for (let i = 0; i < 1e5; i++) after++;
console.log('after', after);
setTimeout(() => console.log('loop alive'), 5);
