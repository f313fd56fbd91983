'use strict';
const { exec } = require('node:child_process');

const c = exec('echo out; echo err >&2', (err, stdout, stderr) => {
  console.log('err', err);
  console.log('stdout', JSON.stringify(stdout), 'stderr', JSON.stringify(stderr));
  console.log('spawnargs', c.spawnargs, c.spawnfile);
  exec('echo partial; echo bad >&2; exit 9', (err, stdout, stderr) => {
    console.log(err instanceof Error, err.name, JSON.stringify(err.message));
    console.log('code', err.code, 'killed', err.killed, 'signal', err.signal, 'cmd', err.cmd);
    console.log('keys', Object.keys(err));
    console.log('stdout', JSON.stringify(stdout), 'stderr', JSON.stringify(stderr));
    exec('no-such-command-wq 2>/dev/null', (err) => {
      console.log('127', err.code, JSON.stringify(err.message));
      exec('echo $0', { shell: '/bin/sh' }, (err, stdout) => {
        console.log('custom shell', err, JSON.stringify(stdout));
        exec('pwd', { cwd: '/' }, (err, stdout) => {
          console.log('cwd', JSON.stringify(stdout));
          exec('echo $WQ_X', { env: { WQ_X: 'from-env', PATH: process.env.PATH } }, (err, stdout) => {
            console.log('env', JSON.stringify(stdout));
          });
        });
      });
    });
  });
});
console.log('returns child', typeof c.pid, typeof c.on);
