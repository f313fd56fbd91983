'use strict';
const { spawn } = require('node:child_process');

const child = spawn('sh', ['-c', 'echo out1; echo err1 1>&2; echo out2; echo err2 >&2; exit 3']);
let out = '';
let err = '';
child.stdout.on('data', (d) => { out += d; });
child.stderr.on('data', (d) => { err += d; });
let stdoutEnded = false;
let stderrClosed = false;
child.stdout.on('end', () => { stdoutEnded = true; });
child.stderr.on('close', () => { stderrClosed = true; });
child.on('close', (code, signal) => {
  console.log('close', code, signal, stdoutEnded, stderrClosed);
  console.log('out', JSON.stringify(out));
  console.log('err', JSON.stringify(err));
});
