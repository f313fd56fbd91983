'use strict';
// A child's pipe given as another child's stdio: two writers into one
// reader's stdin. (A readable pipe given away, read by the parent again
// later, is test-child-process-stdio-reuse-readable-stdio.js: racy here.)
const { spawn } = require('node:child_process');

const sink = spawn('cat', { stdio: ['pipe', 'pipe', 'inherit'] });
const a = spawn('cat', { stdio: ['pipe', sink.stdin, 'inherit'] });
const b = spawn('cat', { stdio: ['pipe', sink.stdin, 'inherit'] });
let got = '';
sink.stdout.setEncoding('utf8');
sink.stdout.on('data', (d) => {
  got += d;
  if (got === 'from a\n') b.stdin.end('from b\n');
  else if (got === 'from a\nfrom b\n') sink.stdin.end('from the parent\n');
});
sink.on('close', (code) => console.log('sink', code, JSON.stringify(got)));
a.stdin.end('from a\n');
