'use strict';
const { spawn, exec } = require('node:child_process');

const ac = new AbortController();
const c = spawn('sleep', ['5'], { signal: ac.signal });
c.on('error', (e) => {
  console.log('error', e.name, e.code, e.message, e.cause === undefined ? 'no cause' : e.cause.name);
});
c.on('exit', (code, signal) => {
  console.log('exit', code, signal, c.killed);
  const pre = AbortSignal.abort('already');
  const c2 = spawn('sleep', ['5'], { signal: pre, killSignal: 'SIGKILL' });
  c2.on('error', (e) => console.log('pre error', e.name, e.code, e.cause));
  c2.on('close', (code, signal) => {
    console.log('pre close', code, signal);
    const ac3 = new AbortController();
    exec('sleep 5', { signal: ac3.signal }, (err, stdout) => {
      console.log('exec abort', err.name, err.code, JSON.stringify(stdout));
    });
    setTimeout(() => ac3.abort(), 20);
  });
});
c.on('spawn', () => ac.abort());
try {
  spawn('true', [], { signal: 'nope' });
} catch (e) {
  console.log(e.name, e.code, e.message);
}
