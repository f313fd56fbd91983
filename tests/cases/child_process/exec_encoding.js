'use strict';
const { exec, execFile } = require('node:child_process');

exec('printf "h\\303\\251llo"', { encoding: 'buffer' }, (err, stdout, stderr) => {
  console.log('buffer', Buffer.isBuffer(stdout), stdout, Buffer.isBuffer(stderr), stderr.length);
  exec('printf abc', { encoding: 'hex' }, (err, stdout) => {
    console.log('hex', stdout);
    exec('printf abc', { encoding: 'base64' }, (err, stdout) => {
      console.log('base64', stdout);
      exec('printf abc', { encoding: 'not-an-encoding' }, (err, stdout) => {
        console.log('unknown encoding', Buffer.isBuffer(stdout), stdout);
        execFile('printf', ['\\303\\251'], { encoding: 'latin1' }, (err, stdout) => {
          console.log('latin1', JSON.stringify(stdout), stdout.length);
          exec('printf "\\303\\251"', (err, stdout) => {
            console.log('default utf8', JSON.stringify(stdout), stdout.length);
          });
        });
      });
    });
  });
});
