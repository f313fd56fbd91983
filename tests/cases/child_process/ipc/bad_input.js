'use strict';
// What comes down an 'ipc' stdio channel from a child that is not node: a
// good message, then a message cut off by the child's death; then a line
// that is not JSON.
const { spawn } = require('node:child_process');

function run(script, next) {
  const c = spawn('/bin/sh', ['-c', script], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  c.on('message', (m) => console.log('message', JSON.stringify(m)));
  c.on('disconnect', () => console.log('disconnect'));
  c.on('exit', (code, signal) => console.log('exit', code, signal));
  c.on('close', () => next && next());
  return c;
}

run(`printf '{"a":1}\\n{"cut":' >&3; kill -9 $$`, () => {
  process.once('uncaughtException', (e) => {
    console.log('uncaught', e.name);
  });
  run(`printf 'garbage\\n' >&3; sleep 0.2`);
});
