'use strict';
// What comes down an 'advanced' IPC channel from a child that is not node:
// a good message, then one cut off by the child's death; then bytes with a
// good length that are not V8's format.
const { spawn } = require('node:child_process');

function run(script, next) {
  const c = spawn('/bin/sh', ['-c', script], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'], serialization: 'advanced' });
  c.on('message', (m) => console.log('message', m));
  c.on('disconnect', () => console.log('disconnect'));
  c.on('exit', (code, signal) => console.log('exit', code, signal));
  c.on('close', () => next && next());
  return c;
}

run(`printf '\\000\\000\\000\\003\\377\\017T\\000\\000\\000\\011\\377\\017o' >&3; kill -9 $$`, () => {
  process.once('uncaughtException', (e) => {
    console.log('uncaught', e.name, e.message);
  });
  run(`printf '\\000\\000\\000\\002\\001\\002' >&3; sleep 0.2`);
});
