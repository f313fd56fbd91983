'use strict';
const { execSync } = require('node:child_process');

let out = execSync('echo hello');
console.log(Buffer.isBuffer(out), JSON.stringify(String(out)));
out = execSync('echo $((6*7))', { encoding: 'utf8' });
console.log(JSON.stringify(out));
out = execSync('cat', { input: 'piped input' });
console.log(String(out));
out = execSync('pwd', { cwd: '/', encoding: 'utf8' });
console.log(out);
out = execSync('echo $0', { shell: '/bin/sh', encoding: 'utf8' });
console.log(out);
out = execSync('echo visible', { stdio: 'inherit' });
console.log('inherit returns', out);

try {
  execSync('echo so; echo se >&2; exit 3', { stdio: 'pipe' });
} catch (e) {
  console.log(e.name, JSON.stringify(e.message));
  console.log(Object.keys(e));
  console.log('status', e.status, 'signal', e.signal, 'pid', typeof e.pid);
  console.log('stdout', String(e.stdout), 'stderr', String(e.stderr), e.output.length, e.output[0]);
}
try {
  execSync('exit 4', { stdio: 'pipe', encoding: 'utf8' });
} catch (e) {
  console.log(JSON.stringify(e.message), e.status, JSON.stringify(e.stdout), JSON.stringify(e.stderr));
}
try {
  execSync('kill -KILL $$');
} catch (e) {
  console.log('signal', JSON.stringify(e.message), e.status, e.signal);
}
try {
  execSync('sleep 5', { timeout: 50 });
} catch (e) {
  console.log('timeout', e.code, e.errno, e.syscall, e.message, e.status, e.signal, Object.keys(e));
}
try {
  execSync('echo x', { shell: '/no/such/shell' });
} catch (e) {
  console.log('bad shell', e.code, e.message, e.path, e.spawnargs);
}
