'use strict';
const { spawn } = require('node:child_process');

const c = spawn('sleep', ['5'], { timeout: 50 });
c.on('exit', (code, signal) => {
  console.log('timeout exit', code, signal, c.killed);
  const c2 = spawn('sleep', ['5'], { timeout: 50, killSignal: 'SIGKILL' });
  c2.on('exit', (code, signal) => {
    console.log('killSignal exit', code, signal);
    const c3 = spawn('sleep', ['5'], { timeout: 30, killSignal: 2 });
    c3.on('exit', (code, signal) => {
      console.log('numeric killSignal', code, signal);
      const c4 = spawn('true', [], { timeout: 5000 });
      c4.on('exit', (code, signal) => console.log('fast child', code, signal, c4.killed));
    });
  });
});
for (const t of [-1, 1.5, 'x']) {
  try {
    spawn('true', [], { timeout: t });
  } catch (e) {
    console.log('timeout', t, e.name, e.code, e.message);
  }
}
for (const k of ['SIGBOGUS', {}, 999]) {
  try {
    spawn('true', [], { killSignal: k });
  } catch (e) {
    console.log('killSignal', e.name, e.code, e.message);
  }
}
