'use strict';
const { spawnSync } = require('node:child_process');

console.log('before');
let r = spawnSync('echo', ['inherited sync output'], { stdio: 'inherit' });
console.log('inherit', r.status, r.output, r.stdout, r.stderr);
r = spawnSync('echo', ['ignored'], { stdio: 'ignore' });
console.log('ignore', r.status, r.output);
r = spawnSync('sh', ['-c', 'echo a; echo b >&2'], { stdio: ['pipe', 'pipe', 'ignore'] });
console.log('mixed', r.output.map((x) => x && String(x)));
r = spawnSync('sh', ['-c', 'echo via-fd3 >&3'], { stdio: ['pipe', 'pipe', 'pipe', 'pipe'] });
console.log('fd3', r.output.length, String(r.output[3]));
r = spawnSync('echo', ['to fd 1'], { stdio: ['ignore', 1, 2] });
console.log('fd numbers', r.status, r.output);
r = spawnSync('echo', ['to process.stdout'], { stdio: ['ignore', process.stdout, 'ignore'] });
console.log('stream', r.status);
try {
  spawnSync('true', [], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
} catch (e) {
  console.log(e.name, e.code, e.message);
}
