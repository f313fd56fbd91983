'use strict';
const { spawn } = require('node:child_process');

const cat = spawn('cat');
let out = '';
cat.stdout.on('data', (d) => { out += d; });
cat.on('close', (code) => {
  console.log('cat', code, JSON.stringify(out));
  // a Buffer, a Uint8Array and strings with an encoding
  const wc = spawn('wc', ['-c']);
  let n = '';
  wc.stdout.on('data', (d) => { n += d; });
  wc.on('close', () => {
    console.log('bytes', n.trim());
    // stdin end() with data and a callback
    const c2 = spawn('cat');
    let o2 = '';
    c2.stdout.setEncoding('utf8');
    c2.stdout.on('data', (d) => { o2 += d; });
    c2.stdin.end('last', () => console.log('end cb'));
    c2.on('close', () => console.log('c2', o2));
  });
  wc.stdin.write(Buffer.from('abc'));
  wc.stdin.write(new Uint8Array([100, 101]));
  wc.stdin.write('6667', 'hex');
  wc.stdin.end();
});
cat.stdin.write('line 1\n');
cat.stdin.write('line 2\n', (err) => console.log('write cb', err));
cat.stdin.end('line 3\n');
