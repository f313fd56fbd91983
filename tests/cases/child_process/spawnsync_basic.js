'use strict';
const { spawnSync } = require('node:child_process');

let r = spawnSync('sh', ['-c', 'echo out; echo err >&2; exit 3']);
console.log(Object.keys(r));
console.log('status', r.status, 'signal', r.signal, 'pid', typeof r.pid, r.pid > 0);
console.log('output', r.output.length, r.output[0], r.output[1], r.output[2]);
console.log('stdout', r.stdout, r.stdout === r.output[1], 'stderr', String(r.stderr));
console.log('error', r.error);

r = spawnSync('echo', ['enc'], { encoding: 'utf8' });
console.log('utf8', r.output, JSON.stringify(r.stdout), JSON.stringify(r.stderr));
r = spawnSync('printf', ['abc'], { encoding: 'hex' });
console.log('hex', r.stdout);
r = spawnSync('printf', ['abc'], { encoding: 'buffer' });
console.log('buffer enc', r.stdout);

r = spawnSync('cat', { input: 'from input' });
console.log('input string', String(r.stdout));
r = spawnSync('cat', [], { input: Buffer.from('from buffer') });
console.log('input buffer', String(r.stdout));
r = spawnSync('cat', [], { input: new Uint8Array([104, 105]) });
console.log('input u8', String(r.stdout));
r = spawnSync('wc', ['-c'], { input: 'ff00', encoding: 'hex' });
console.log('input hex', Buffer.from(r.stdout, 'hex').toString().trim());
r = spawnSync('cat', [], { stdio: ['ignore', 'pipe', 'pipe'] });
console.log('stdin ignore', r.output, r.status);

r = spawnSync('sh', ['-c', 'kill -TERM $$']);
console.log('signaled', r.status, r.signal);

r = spawnSync('this-command-does-not-exist-wq', ['x', 'y']);
console.log(Object.keys(r), r.status, r.signal, r.output, r.pid, r.stdout, r.stderr);
console.log(r.error.name, r.error.message, r.error.code, r.error.errno, r.error.syscall, r.error.path, r.error.spawnargs);

r = spawnSync('sleep', ['5'], { timeout: 50 });
console.log('timeout', r.status, r.signal, r.error.code, r.error.errno, r.error.message, Object.keys(r.error));
r = spawnSync('sleep', ['5'], { timeout: 50, killSignal: 'SIGKILL' });
console.log('timeout SIGKILL', r.status, r.signal, r.error.code);

r = spawnSync('sh', ['-c', 'head -c 100000 /dev/zero'], { maxBuffer: 10 });
console.log('maxBuffer', r.error.code, r.error.message, r.error.errno);

r = spawnSync('echo', ['shell $((2*3))'], { shell: true, encoding: 'utf8' });
console.log('shell', r.stdout);
r = spawnSync('pwd', { cwd: '/', encoding: 'utf8' });
console.log('cwd', r.stdout);
r = spawnSync('sh', ['-c', 'echo $A'], { env: { A: 'envA' }, encoding: 'utf8' });
console.log('env', r.stdout);
