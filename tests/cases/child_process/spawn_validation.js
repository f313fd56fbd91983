'use strict';
const cp = require('node:child_process');

function t(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', typeof r);
    if (r && typeof r.on === 'function') r.on('error', () => {});
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
t('num file', () => cp.spawn(123));
t('empty file', () => cp.spawn(''));
t('null byte', () => cp.spawn('ec\u0000ho'));
t('args string', () => cp.spawn('echo', 'str'));
t('args number', () => cp.spawn('echo', 5));
t('args null', () => cp.spawn('true', null));
t('options bad', () => cp.spawn('echo', [], 'x'));
t('options as args', () => cp.spawn('true', { stdio: 'ignore' }));
t('shell bad', () => cp.spawn('echo', [], { shell: 1 }));
t('cwd bad', () => cp.spawn('echo', [], { cwd: 1 }));
t('detached bad', () => cp.spawn('echo', [], { detached: 'yes' }));
t('uid bad', () => cp.spawn('echo', [], { uid: 'root' }));
t('gid bad', () => cp.spawn('echo', [], { gid: 1.5 }));
t('argv0 bad', () => cp.spawn('echo', [], { argv0: 1 }));
t('windowsHide bad', () => cp.spawn('echo', [], { windowsHide: 1 }));
t('env null byte', () => cp.spawn('echo', [], { env: { A: 'x\u0000' } }));
t('arg null byte', () => cp.spawn('echo', ['a\u0000b']));
t('exec num', () => cp.exec(5));
t('exec callback bad', () => cp.execFile('true', [], {}, 'cb'));
t('maxBuffer bad', () => cp.execFile('true', [], { maxBuffer: -1 }));
t('spawnSync num', () => cp.spawnSync(1));
t('execSync bad', () => cp.execSync({}));
t('fork bad', () => cp.fork(1));
t('fork stdio', () => cp.fork('x.js', [], { stdio: ['pipe', 'pipe', 'pipe'] }));
t('input bad', () => cp.spawnSync('cat', [], { input: 5 }));
t('stdio input async', () => cp.spawn('cat', [], { stdio: [Buffer.from('x'), 'pipe', 'pipe'] }));
