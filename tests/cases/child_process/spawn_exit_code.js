'use strict';
const { spawn } = require('node:child_process');

const codes = [0, 1, 7, 255];
let i = 0;
function next() {
  if (i === codes.length) {
    const f = spawn('false');
    f.on('close', (code) => console.log('false ->', code));
    return;
  }
  const code = codes[i++];
  const child = spawn('sh', ['-c', `exit ${code}`]);
  let exitArgs;
  child.on('exit', (c, s) => { exitArgs = [c, s]; });
  child.on('close', (c, s) => {
    console.log('code', code, 'exit', exitArgs, 'close', c, s, 'exitCode', child.exitCode);
    next();
  });
}
next();
