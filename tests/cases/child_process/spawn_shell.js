'use strict';
const { spawn } = require('node:child_process');

function run(file, args, opts) {
  return new Promise((resolve) => {
    const c = spawn(file, args, opts);
    let out = '';
    c.stdout.on('data', (d) => { out += d; });
    c.on('close', (code) => resolve({ c, code, out }));
  });
}

(async () => {
  let r = await run('echo hi | tr a-z A-Z', [], { shell: true });
  console.log(r.code, JSON.stringify(r.out), r.c.spawnfile, r.c.spawnargs);
  r = await run('echo', ['$((1+2))', '"quoted  spaces"'], { shell: true });
  console.log(r.code, JSON.stringify(r.out), r.c.spawnargs);
  r = await run('echo via-sh-path; exit 5', { shell: '/bin/sh' });
  console.log(r.code, JSON.stringify(r.out), r.c.spawnfile, r.c.spawnargs);
  r = await run('X=42; echo $X', null, { shell: true });
  console.log(r.code, JSON.stringify(r.out));
  r = await run('echo', ['no', 'shell', '$HOME_NOT_EXPANDED'], { shell: false });
  console.log(r.code, JSON.stringify(r.out));
  r = await run('exit 3', [], { shell: true });
  console.log('exit 3 ->', r.code);
})();
