'use strict';
const { spawn, spawnSync, execFileSync, execFile } = require('node:child_process');

const node = process.execPath;
let r = spawnSync(node, ['-e', 'console.log([1, 2, 3].map((x) => x * 2).join(","))'], { encoding: 'utf8' });
console.log('eval', r.status, JSON.stringify(r.stdout));
r = spawnSync(node, ['-e', 'process.exit(42)']);
console.log('exit code', r.status, r.signal);
r = spawnSync(node, ['-e', 'throw new Error("boom")'], { encoding: 'utf8' });
console.log('throw', r.status, r.stderr.includes('boom'));
r = spawnSync(node, ['-p', '6 * 7'], { encoding: 'utf8' });
console.log('print', JSON.stringify(r.stdout));
r = spawnSync(node, ['-e', 'console.log(process.argv.slice(2).join("|"))', 'a', 'b c'], { encoding: 'utf8' });
console.log('argv', JSON.stringify(r.stdout));
r = spawnSync(node, ['-e', 'console.log(process.env.WQ_CHILD)'], { env: { ...process.env, WQ_CHILD: 'yes' }, encoding: 'utf8' });
console.log('env', JSON.stringify(r.stdout));
console.log('execFileSync', JSON.stringify(execFileSync(node, ['-e', 'process.stdout.write("sync")'], { encoding: 'utf8' })));
r = spawnSync(node, ['-e', 'let s="";process.stdin.on("data",(d)=>s+=d).on("end",()=>console.log(s.toUpperCase()))'], { input: 'shout', encoding: 'utf8' });
console.log('stdin', JSON.stringify(r.stdout));

const c = spawn(node, ['-e', 'process.stdin.pipe(process.stdout)']);
let out = '';
c.stdout.on('data', (d) => { out += d; });
c.on('close', (code) => {
  console.log('echo child', code, JSON.stringify(out));
  execFile(node, ['-e', 'setTimeout(() => { console.error("late"); process.exitCode = 3; }, 20)'], (err, stdout, stderr) => {
    console.log('async', err.code, JSON.stringify(stderr));
  });
});
c.stdin.write('round ');
c.stdin.end('trip');
