'use strict';
const { spawn } = require('node:child_process');
const path = require('node:path');

function run(file, args, opts) {
  return new Promise((resolve) => {
    const c = spawn(file, args, opts);
    let out = '';
    c.stdout.on('data', (d) => { out += d; });
    c.on('error', (e) => resolve({ err: e }));
    c.on('close', (code) => resolve({ code, out }));
  });
}

(async () => {
  let r = await run('pwd', [], { cwd: '/' });
  console.log('cwd /', JSON.stringify(r.out));
  r = await run('pwd', [], { cwd: '..' });
  console.log('cwd ..', path.basename(r.out.trim()));
  r = await run('pwd', [], { cwd: new URL('file:///tmp') });
  console.log('cwd URL', r.out.trim().length > 0);
  r = await run('pwd', [], { cwd: '/definitely/not/here' });
  console.log('bad cwd', r.err && r.err.code, r.err && r.err.syscall);
  r = await run('sh', ['-c', 'echo "$FOO|$BAR|${UNSET-unset}"'], { env: { FOO: 'foo', BAR: 'b a r', UNDEF: undefined, PATH: process.env.PATH } });
  console.log('env', JSON.stringify(r.out));
  r = await run('env', [], { env: { ONLY: '1', NUM: 5 } });
  console.log('env only', JSON.stringify(r.out.split('\n').filter((l) => l && !l.startsWith('PWD=') && !l.startsWith('SHLVL=') && !l.startsWith('_=')).sort()));
  process.env.WQ_CHILD_TEST = 'inherited';
  r = await run('sh', ['-c', 'echo $WQ_CHILD_TEST']);
  console.log('inherited', JSON.stringify(r.out));
})();
