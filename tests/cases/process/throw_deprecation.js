'use strict';
// With process.throwDeprecation set, a deprecation warning is thrown from
// the next tick, not from emitWarning.
process.throwDeprecation = true;
process.on('uncaughtException', (err) => console.log('uncaught', String(err), err.code));
try {
  process.emitWarning('old api', 'DeprecationWarning', 'DEP0999');
  console.log('emitWarning returned');
} catch (e) {
  console.log('threw synchronously', e.message);
}
process.nextTick(() => console.log('tick after'));
