'use strict';
// A child's pipe given as another child's stdio: two writers into one
// reader's stdin, and a reader's stdout read by another child first and by
// the parent after that child is gone.
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
sink.on('close', (code) => {
  console.log('sink', code, JSON.stringify(got));
  second();
});
a.stdin.end('from a\n');

function second() {
  const src = spawn('cat', { stdio: ['pipe', 'pipe', 'inherit'] });
  const head = spawn('head', ['-n1'], { stdio: [src.stdout, 'pipe', 'inherit'] });
  src.stdin.write('first line\n');
  head.stdout.setEncoding('utf8');
  head.stdout.on('data', (d) => console.log('head read', JSON.stringify(d)));
  head.on('exit', (code) => {
    console.log('head exit', code);
    src.stdin.end('second line\n');
    src.stdout.setEncoding('utf8');
    src.stdout.on('data', (d) => console.log('parent read', JSON.stringify(d)));
    src.stdout.resume();
  });
  src.on('close', (code) => console.log('src close', code));
}
