// flags: --experimental-permission --allow-fs-read=*
'use strict';
const cp = require('node:child_process');

console.log('has child', process.permission.has('child'));
for (const [name, fn] of [
  ['spawn', () => cp.spawn('echo', ['x'])],
  ['spawnSync', () => cp.spawnSync('echo', ['x'])],
  ['execSync', () => cp.execSync('echo x')],
  ['execFileSync', () => cp.execFileSync('echo', ['x'])],
  ['exec', () => cp.exec('echo x', () => console.log('callback should not run'))],
  ['execFile', () => cp.execFile('echo', ['x'], () => console.log('callback should not run'))],
]) {
  try {
    fn();
    console.log(name, 'not denied');
  } catch (e) {
    console.log(name, e.name, e.code, e.permission, e.message);
  }
}
