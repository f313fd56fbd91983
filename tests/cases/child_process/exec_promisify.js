'use strict';
const util = require('node:util');
const cp = require('node:child_process');

const execP = util.promisify(cp.exec);
const execFileP = util.promisify(cp.execFile);
console.log('custom', typeof cp.exec[util.promisify.custom], typeof cp.execFile[util.promisify.custom]);
console.log('enumerable', Object.keys(cp.exec), Object.keys(cp.execFile));

(async () => {
  const p = execP('echo promised; echo e >&2');
  console.log('child on promise', typeof p.child.pid);
  const r = await p;
  console.log(r, Object.keys(r));
  console.log(await execFileP('echo', ['a', 'b']));
  console.log(await execFileP('printf', ['x'], { encoding: 'buffer' }));
  try {
    await execP('echo so; echo se >&2; exit 2');
  } catch (e) {
    console.log('rejected', e.code, JSON.stringify(e.stdout), JSON.stringify(e.stderr), JSON.stringify(e.message));
  }
  try {
    await execFileP('no-such-command-wq', ['x']);
  } catch (e) {
    console.log('enoent', e.code, e.errno, e.syscall, e.path, e.spawnargs, e.cmd, JSON.stringify(e.stdout));
  }
})();
