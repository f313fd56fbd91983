// An unhandled rejection with an 'unhandledRejection' listener is
// reported to it and the process goes on; handled-later rejections
// are not reported.
process.on('unhandledRejection', (reason, p) => {
  console.log('unhandled', reason instanceof Error ? reason.message : reason, p instanceof Promise);
});
Promise.reject(new Error('one'));
const late = Promise.reject(2);
late.catch(() => console.log('handled in same tick'));
async function f() { throw new Error('async'); }
f();
setTimeout(() => console.log('after'), 5);
