// 10 children forked one after another: fork until the child's first
// message over the IPC channel (the child is the same runtime).
const { fork } = require('child_process');
if (process.argv[2] === 'child') {
  process.send('up');
} else {
  let left = 10;
  (function next() {
    if (left-- === 0) return;
    const c = fork(__filename, ['child']);
    c.once('message', () => c.once('exit', next));
  })();
}
