'use strict';
const assert = require('node:assert');

process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
function report(label, err) {
  console.log(label, err.name, err.code, JSON.stringify(err.message));
}
const tracker = new assert.CallTracker();
const double = tracker.calls(function double(x) {
  return x * 2;
}, 2);
console.log('call result', double(4));
console.log(JSON.stringify(tracker.report().map((r) => [r.message, r.actual, r.expected, r.operator])));
try {
  tracker.verify();
} catch (err) {
  report('verify', err);
}
double(5);
tracker.verify();
console.log('verified');
console.log(JSON.stringify(tracker.getCalls(double)));
const anon = tracker.calls();
anon();
anon();
try {
  tracker.verify();
} catch (err) {
  report('too many', err);
}
tracker.reset(anon);
console.log('after reset', tracker.getCalls(anon).length);
tracker.calls(3);
tracker.calls(() => {}, 1);
try {
  tracker.verify();
} catch (err) {
  report('several', err);
}
for (const [label, fn] of [
  ['untracked', () => tracker.getCalls(() => {})],
  ['zero', () => tracker.calls(() => {}, 0)],
  ['fraction', () => tracker.calls(1.5)],
]) {
  try {
    fn();
  } catch (err) {
    report(label, err);
  }
}
