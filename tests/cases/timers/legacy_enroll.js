// The deprecated timer API on plain objects: enroll/active/_unrefActive/
// unenroll, their warnings, and enroll's argument checks.
const timers = require('timers');
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message.split('\n')));
for (const bad of [-1, Infinity, 'x']) {
  try { timers.enroll({}, bad); } catch (e) { console.log(e.code, e.message); }
}
const item = { _onTimeout() { console.log('fired', ++n); if (n < 3) timers._unrefActive(item); else timers.unenroll(item); } };
let n = 0;
timers.enroll(item, 2);
timers.active(item);
const big = { _onTimeout() { console.log('never'); } };
timers.enroll(big, 2 ** 31);
console.log('idleTimeout', big._idleTimeout);
timers.unenroll(big);
setTimeout(() => console.log('done', n), 50);
