'use strict';
const { fork } = require('node:child_process');
const path = require('node:path');

const c = fork(path.join(__dirname, '_fork_child.js'), ['3', 'x'], { env: { ...process.env, WQ_FORK_VAR: 'forked' } });
console.log('fork stdio', c.stdin, c.stdout, c.stderr);
console.log('spawnfile is execPath', c.spawnfile === process.execPath, c.spawnargs.slice(1).map((a) => path.basename(a)));
c.on('exit', (code, signal) => {
  console.log('exit', code, signal);
  const s = fork('./_fork_child.js', ['0'], { silent: true });
  let out = '';
  s.stdout.on('data', (d) => { out += d; });
  s.on('exit', (code) => {
    console.log('silent exit', code);
    setTimeout(() => console.log('silent out', JSON.stringify(out)), 50);
  });
});
