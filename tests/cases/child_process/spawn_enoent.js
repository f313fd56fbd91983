'use strict';
const { spawn } = require('node:child_process');

const child = spawn('this-command-does-not-exist-wq', ['a', 'b']);
console.log('pid', child.pid);
console.log('has stdio', child.stdin !== null, child.stdout !== null);
let sync = true;
child.on('error', (err) => {
  console.log('error async', !sync);
  console.log(err.name, err.message);
  console.log('code', err.code, 'errno', err.errno, 'syscall', err.syscall);
  console.log('path', err.path, 'spawnargs', err.spawnargs);
  console.log('keys', Object.keys(err));
});
child.on('exit', () => console.log('exit should not fire'));
child.on('spawn', () => console.log('spawn should not fire'));
child.on('close', (code, signal) => {
  console.log('close', code, signal, child.exitCode);
  const c2 = spawn('./no-such-relative-program');
  c2.on('error', (e) => console.log('relative', e.code, e.message, e.path));
});
sync = false;
