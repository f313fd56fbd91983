'use strict';
// process.kill of a process this isolate did not spawn, and of one it did.
// argv: pid of an unrelated process
const { spawn } = require('child_process');
const other = Number(process.argv[2]);
const show = (f) => { try { return String(f()); } catch (e) { return `${e.code} ${e.permission}`; } };
console.log('unrelated', show(() => process.kill(other, 0)), show(() => process.kill(other)));
console.log('self', show(() => process.kill(process.pid, 0)));
console.log('group', show(() => process.kill(0, 0)), show(() => process.kill(-1, 0)));
let child;
try {
  child = spawn('sleep', ['30']);
} catch (e) {
  console.log('spawn', e.code, e.permission);
}
if (child) {
  child.on('spawn', () => console.log('own child', show(() => process.kill(child.pid))));
  child.on('exit', (code, sig) => console.log('child exit', code, sig));
}
