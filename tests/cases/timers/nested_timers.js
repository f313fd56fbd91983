// Timers scheduled from timers, equal delays in insertion order, and
// immediates scheduled from immediates run in the next turn.
const out = [];
setTimeout(() => {
  out.push('A');
  setTimeout(() => out.push('C'), 5);
  setTimeout(() => out.push('D'), 5);
  setImmediate(() => {
    out.push('I1');
    setImmediate(() => out.push('I3'));
  });
  setImmediate(() => out.push('I2'));
}, 5);
setTimeout(() => out.push('B'), 5);
setTimeout(() => console.log(out.join(',')), 50);
