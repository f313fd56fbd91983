'use strict';
// spawnSync's killSignal: names, numbers, the SIGTERM default, unknown names.
const cp = require('node:child_process');
if (process.argv[2] === 'child') {
  setInterval(() => {}, 1000);
} else {
  for (const killSignal of [undefined, 'SIGKILL', 9, 'SIGINT', 'SIG_NOT_A_REAL_SIGNAL', -1, {}]) {
    try {
      const r = cp.spawnSync(process.execPath, [__filename, 'child'], { killSignal, timeout: 100 });
      console.log(String(killSignal), r.status, r.signal, r.error && r.error.code);
    } catch (e) {
      console.log(String(killSignal), e.name, e.code, e.message);
    }
  }
  const stdio = [];
  try { cp.spawnSync('true', [], { stdio: ['ipc'] }); } catch (e) { console.log(e.name, e.code); }
  try { cp.spawn('true', [], { stdio: ['foo'] }); } catch (e) { console.log(e.name, e.code); }
  console.log(stdio.length);
}
