'use strict';
// process.exitCode / exit() validation, process.assert, the process
// constructor, getgroups and the uncaught-exception capture callback.
for (const code of ['', '1 one', {}, [], true, 2n, 2.1, Infinity, NaN, '2', null, undefined, 0, '0']) {
  try {
    process.exitCode = code;
    console.log('ok', typeof code, String(code));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
for (const code of [2.1, 'x', {}]) {
  try { process.exit(code); } catch (e) { console.log('exit', e.code, e.message); }
}
process.exitCode = 0;
console.log(process instanceof process.constructor, process.constructor.name,
  Object.getPrototypeOf(process) === process.constructor.prototype);
console.log(process.getgroups().includes(process.getegid()));
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
console.log(process.assert(1, 'x'));
try { process.assert(0, 'msg'); } catch (e) { console.log(e.name, e.code, e.message); }
try { process.assert(false); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(process.hasUncaughtExceptionCaptureCallback());
try { process.setUncaughtExceptionCaptureCallback(1); } catch (e) { console.log(e.code, e.message); }
process.setUncaughtExceptionCaptureCallback((err) => {
  console.log('captured', err.message);
  process.setUncaughtExceptionCaptureCallback(null);
  console.log(process.hasUncaughtExceptionCaptureCallback());
});
try { process.setUncaughtExceptionCaptureCallback(() => {}); } catch (e) { console.log(e.code, e.message); }
process.on('uncaughtException', () => console.log('listener must not run'));
setTimeout(() => { throw new Error('boom'); }, 1);
