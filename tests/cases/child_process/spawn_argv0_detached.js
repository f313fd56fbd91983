'use strict';
const { spawn } = require('node:child_process');

const c = spawn('sh', ['-c', 'echo "$0"'], { argv0: 'custom-argv0' });
let out = '';
c.stdout.on('data', (d) => { out += d; });
c.on('close', () => {
  console.log('argv0', JSON.stringify(out), c.spawnargs);
  const d = spawn('sh', ['-c', 'echo detached'], { detached: true, windowsHide: true });
  let o = '';
  d.stdout.on('data', (x) => { o += x; });
  d.on('close', (code) => console.log('detached', code, JSON.stringify(o)));
});
