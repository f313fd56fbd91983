'use strict';
const { execFile } = require('node:child_process');

execFile('echo', ['one', 'two'], (err, stdout, stderr) => {
  console.log(err, JSON.stringify(stdout), JSON.stringify(stderr));
  execFile('sh', ['-c', 'echo $1-$2', 'sh', 'x', 'y'], { encoding: 'utf8' }, (err, stdout) => {
    console.log('positional', JSON.stringify(stdout));
    execFile('true', (err, stdout, stderr) => {
      console.log('no args', err, JSON.stringify(stdout), JSON.stringify(stderr));
      execFile('pwd', { cwd: '/' }, (err, stdout) => {
        console.log('options only', JSON.stringify(stdout));
        execFile('no-such-command-wq', ['a'], (err, stdout, stderr) => {
          console.log(err.name, err.message, err.code, err.errno, err.syscall, err.path, err.spawnargs, err.cmd);
          console.log('keys', Object.keys(err), JSON.stringify(stdout), JSON.stringify(stderr));
          execFile('sh', ['-c', 'exit 1'], (err) => {
            console.log('failed', JSON.stringify(err.message), err.code, err.cmd);
            execFile('echo $HOME', { shell: true }, (err, stdout) => {
              console.log('shell', stdout.trim() === process.env.HOME);
              const c = execFile('cat', (err, stdout) => console.log('stdin', JSON.stringify(stdout)));
              c.stdin.end('fed through stdin');
            });
          });
        });
      });
    });
  });
});
