'use strict';
const { execFileSync } = require('node:child_process');

let out = execFileSync('echo', ['a', 'b']);
console.log(Buffer.isBuffer(out), JSON.stringify(String(out)));
out = execFileSync('printf', ['%s-%s', 'x', 'y'], { encoding: 'utf8' });
console.log(out);
out = execFileSync('cat', { input: 'options as second arg', encoding: 'utf8' });
console.log(out);
out = execFileSync('true');
console.log('empty', out);
out = execFileSync('echo $((1+1))', { shell: true, encoding: 'utf8' });
console.log('shell', out);

try {
  execFileSync('sh', ['-c', 'echo err-text >&2; exit 4'], { stdio: 'pipe' });
} catch (e) {
  console.log(e.name, JSON.stringify(e.message), e.status, String(e.stderr));
  console.log(Object.keys(e));
}
try {
  execFileSync('sh', ['-c', 'exit 2'], { argv0: 'renamed' });
} catch (e) {
  console.log('argv0', JSON.stringify(e.message));
}
try {
  execFileSync('no-such-command-wq', ['p', 'q']);
} catch (e) {
  console.log(e.name, e.message, e.code, e.errno, e.syscall, e.path, e.spawnargs);
  console.log(Object.keys(e), e.status, e.output, e.pid);
}
try {
  execFileSync('sleep', ['5'], { timeout: 30, killSignal: 'SIGKILL' });
} catch (e) {
  console.log('timeout', e.code, e.signal, e.status);
}
