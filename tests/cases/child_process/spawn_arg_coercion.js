'use strict';
// Arguments that are not strings reach the child as their string forms
// (spawn, spawnSync, execFile); exec/execFile give each stream's output as
// a string once the user set that stream's encoding, a Buffer otherwise,
// also when maxBuffer cuts it.
const cp = require('node:child_process');

const echo = ['-e', 'console.log(JSON.stringify(process.argv.slice(1)))'];
const r = cp.spawnSync(process.execPath, [...echo, 1, 2.5, true, null, { toString() { return 'obj'; } }], { encoding: 'utf8' });
console.log('spawnSync', r.status, r.stdout.trim());

const c = cp.spawn(process.execPath, [...echo, 42, -1]);
let out = '';
c.stdout.setEncoding('utf8');
c.stdout.on('data', (d) => out += d);
c.on('close', (code) => {
  console.log('spawn', code, out.trim());
  const script = 'process.stdout.write("ok"); setTimeout(() => process.stderr.write("err-data\u00e9"), 200)';
  const child = cp.execFile(process.execPath, ['-e', script],
                            { encoding: 'buffer', maxBuffer: 4 }, (err, stdout, stderr) => {
                              console.log('execFile', err && err.code, Buffer.isBuffer(stdout),
                                          JSON.stringify(stdout.toString()), typeof stderr, JSON.stringify(stderr));
                            });
  child.stderr.setEncoding('utf8');
});
try {
  cp.spawnSync(process.execPath, [Symbol('s')]);
} catch (e) {
  console.log('symbol arg', e.name, e.message);
}
