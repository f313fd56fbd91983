'use strict';
// console.time* read process.hrtime at call time; a fake clock makes the
// printed durations deterministic.
const realHrtime = process.hrtime;
let elapsedMs = 0;
process.hrtime = function hrtime(prev) {
  if (prev === undefined) return [100, 0];
  return [Math.floor(elapsedMs / 1000), Math.round((elapsedMs % 1000) * 1e6)];
};
const durations = [0, 0.0004, 0.5, 1.23456, 999.9999, 1000, 1500.5, 59999, 60000, 61234.5,
  3599999, 3600000, 3723456.7, 172800005];
try {
  for (const ms of durations) {
    elapsedMs = ms;
    console.time('t');
    console.timeLog('t', 'with', { data: ms });
    console.timeEnd('t');
  }
  elapsedMs = 12.5;
  console.time();
  console.timeEnd();
  console.time('%s');
  console.timeEnd('%s');
  console.group('grouped');
  console.time('g');
  console.timeEnd('g');
  console.groupEnd();
} finally {
  process.hrtime = realHrtime;
}
