'use strict';
const { exec, execFile } = require('node:child_process');

exec('printf 0123456789', { maxBuffer: 4 }, (err, stdout, stderr) => {
  console.log(err.name, err.code, err.message, JSON.stringify(stdout), JSON.stringify(stderr));
  console.log('keys', Object.keys(err), err.cmd);
  exec('printf 0123456789 >&2', { maxBuffer: 3 }, (err, stdout, stderr) => {
    console.log('stderr', err.code, err.message, JSON.stringify(stderr));
    execFile('printf', ['abcdef'], { maxBuffer: 6 }, (err, stdout) => {
      console.log('exact', err, stdout);
      execFile('printf', ['abcdef'], { maxBuffer: 2, encoding: 'buffer' }, (err, stdout) => {
        console.log('buffer', err.code, stdout);
        exec('printf abc', { maxBuffer: Infinity }, (err, stdout) => {
          console.log('infinity', err, stdout);
        });
      });
    });
  });
});
