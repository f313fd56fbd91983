'use strict';
const { spawn } = require('node:child_process');

const child = spawn('sleep', ['5']);
child.on('spawn', () => {
  console.log('kill returned', child.kill());
  console.log('killed', child.killed);
});
child.on('exit', (code, signal) => {
  console.log('exit', code, signal, child.exitCode, child.signalCode);
});
child.on('close', (code, signal) => {
  console.log('close', code, signal);
  console.log('kill after exit', child.kill());
  const c2 = spawn('sleep', ['5']);
  c2.on('spawn', () => console.log('SIGKILL', c2.kill('SIGKILL')));
  c2.on('close', (code, signal) => {
    console.log('c2 close', code, signal, c2.killed);
    const c3 = spawn('sleep', ['5']);
    c3.on('spawn', () => {
      console.log('numeric', c3.kill(2));
    });
    c3.on('exit', (code, signal) => {
      console.log('c3 exit', code, signal);
      try {
        c3.kill('SIGNOPE');
      } catch (e) {
        console.log(e.name, e.code, e.message);
      }
      const c4 = spawn('sh', ['-c', 'trap "echo got-term; exit 4" TERM; echo ready; while :; do sleep 0.01; done']);
      c4.stdout.on('data', (d) => {
        const s = String(d);
        if (s.includes('ready')) c4.kill();
        if (s.includes('got-term')) console.log('trapped');
      });
      c4.on('close', (code, signal) => console.log('c4', code, signal, c4.killed));
    });
  });
});
