'use strict';
// A timer armed from a microtask or a nextTick callback during the timers
// phase is due at its own time, not when the next already-pending timer is
// (p-limit and every `await sleep()` chain rely on it). Each step runs
// alone with one long timer pending; elapsed times are printed as buckets,
// "soon" being well under the long timer's delay.
const { setTimeout: sleep } = require('timers/promises');
const LONG = 1000;
const bucket = (ms) => (ms < LONG / 2 ? 'soon' : `late (${ms} ms)`);

// arm(name, done) arms a 5 ms timer that reports and calls done.
function arm(name, done) {
  const at = Date.now();
  setTimeout(() => {
    console.log(`${name}: ${bucket(Date.now() - at)}`);
    done();
  }, 5);
}

const steps = [
  (done) => setTimeout(() => Promise.resolve().then(() => arm('from a promise reaction', done)), 10),
  (done) => setTimeout(() => process.nextTick(() => arm('from nextTick', done)), 10),
  (done) => setTimeout(() => queueMicrotask(() => arm('from queueMicrotask', done)), 10),
  (done) => setTimeout(() => process.nextTick(() => Promise.resolve().then(() => arm('nextTick then promise', done))), 10),
  (done) => {
    const iv = setInterval(() => {
      clearInterval(iv);
      Promise.resolve().then(() => arm('from an interval', done));
    }, 10);
  },
  (done) => {
    // Two lists due together: the first one's microtasks run between them.
    setTimeout(() => Promise.resolve().then(() => arm('between two due lists', done)), 10);
    setTimeout(() => {}, 11);
  },
  async (done) => {
    await sleep(10);
    const at = Date.now();
    await sleep(5);
    console.log(`await sleep chain: ${bucket(Date.now() - at)}`);
    done();
  },
  (done) => {
    const pending = [1, 2, 3].map((i) => sleep(10 * i).then(() => sleep(5)));
    const at = Date.now();
    Promise.all(pending).then(() => {
      console.log(`three chains: ${bucket(Date.now() - at)}`);
      done();
    });
  },
];

const long = setTimeout(() => console.log('long timer fired before the steps ended'), LONG);
(function next(i) {
  if (i === steps.length) {
    clearTimeout(long);
    unrefStep();
    return;
  }
  steps[i](() => next(i + 1));
})(0);

// With only an unref'd timer pending, a ref'd timer armed from a microtask
// keeps the process alive and fires.
function unrefStep() {
  setTimeout(() => console.log('unref timer: must not fire'), LONG).unref();
  setTimeout(() => Promise.resolve().then(() => arm("ref'd timer behind an unref'd one", () => {})), 10);
}
