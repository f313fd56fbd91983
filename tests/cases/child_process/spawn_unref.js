'use strict';
const { spawn } = require('node:child_process');

// An unref'd child with no pipes does not keep the process alive.
const c = spawn('sleep', ['3'], { stdio: 'ignore', detached: true });
c.unref();
c.on('exit', () => console.log('should not be seen'));
// ref() then unref() again is fine.
const c2 = spawn('sleep', ['3'], { stdio: 'ignore' });
c2.unref();
c2.ref();
c2.unref();
// A child that finished does not keep it alive either.
const c3 = spawn('true', [], { stdio: 'ignore' });
c3.on('close', (code) => {
  console.log('c3 closed', code);
  c3.unref();
  c3.ref();
  setTimeout(() => {
    console.log('timer done');
    process.on('exit', () => {
      c.kill();
      c2.kill();
      console.log('exiting');
    });
  }, 10);
});
