'use strict';
const { exec, execFile } = require('node:child_process');

exec('sleep 5', { timeout: 50 }, (err, stdout, stderr) => {
  console.log(JSON.stringify(err.message), err.code, err.killed, err.signal, err.cmd);
  execFile('sleep', ['5'], { timeout: 50, killSignal: 'SIGKILL' }, (err) => {
    console.log(JSON.stringify(err.message), err.code, err.killed, err.signal, err.cmd);
    const c = exec('sleep 5', (err) => {
      console.log('manual kill', err.code, err.killed, err.signal);
    });
    c.on('spawn', () => c.kill('SIGINT'));
  });
});
