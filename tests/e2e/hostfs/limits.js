'use strict';
// Host crashes and exhaustion the issue found, each printed as a line the
// test checks. argv: mode [args...]
const fs = require('fs');
const [mode, arg] = process.argv.slice(2);
const code = (f) => { try { f(); return 'ok'; } catch (e) { return e.code; } };
switch (mode) {
  case 'close': {
    // No descriptor but stdio is open: every close is EBADF, and the
    // runtime goes on (timers, the pool, files).
    const codes = new Set();
    for (let fd = 3; fd < 1024; fd++) codes.add(code(() => fs.closeSync(fd)));
    let async = 0;
    for (let fd = 3; fd < 1024; fd++) fs.close(fd, (e) => { if (e && e.code === 'EBADF') async++; });
    setTimeout(() => {
      fs.writeFileSync(arg, 'still here');
      console.log([...codes].join(), async, fs.readFileSync(arg, 'utf8'));
    }, 20);
    break;
  }
  case 'sparse': {
    // A 1 TiB sparse file: Node's error, before reading.
    const e = (() => { try { fs.readFileSync(arg); } catch (e) { return e; } })();
    console.log(e.code, e.name, e.message);
    fs.readFile(arg, (e) => console.log('callback', e.code));
    fs.promises.readFile(arg).catch((e) => console.log('promise', e.code));
    const fd = fs.openSync(arg, 'r');
    console.log('fd', code(() => fs.readFileSync(fd)));
    break;
  }
  case 'pipe': {
    // 10,500 reads pending on a FIFO: queued on the bounded pool.
    const fd = fs.openSync(arg, 'r+');
    let n = 0;
    for (let i = 0; i < 10500; i++) {
      fs.read(fd, Buffer.alloc(1), 0, 1, null, (e, k) => {
        if (!e && k === 1) n++;
        if (n === 10500) { console.log('reads', n); fs.closeSync(fd); }
      });
    }
    console.log('queued');
    break;
  }
  case 'reenter': {
    // A denied callback never runs inside the call that made it, so
    // this recursion is a loop, not a host stack.
    let depth = 0, max = 0, sync = true;
    (function f() {
      if (++depth > 10000) { console.log('depth', max); return; }
      let inner = true;
      fs.access(arg, (e) => {
        if (inner) sync = false;
        max = Math.max(max, new Error().stack.split('\n').length);
        f();
      });
      inner = false;
    })();
    process.on('exit', () => console.log('never sync', sync));
    break;
  }
  case 'longpath': {
    const p = arg + '/a'.repeat(100000);
    const t = Date.now();
    console.log(code(() => fs.statSync(p)), code(() => fs.writeFileSync(p, 'x')), Date.now() - t < 5000);
    break;
  }
  case 'emfile': {
    const fds = [];
    let err;
    for (;;) {
      try { fds.push(fs.openSync(arg, 'r')); } catch (e) { err = e.code; break; }
    }
    for (const fd of fds) fs.closeSync(fd);
    console.log(err, fds.length, fds[0]);
    break;
  }
  case 'truncate': {
    // Only this script is granted: truncating anything else is denied.
    console.log(code(() => fs.truncateSync(arg, 0)));
    fs.truncate(arg, 0, (e) => console.log('callback', e && e.code));
    fs.promises.truncate(arg, 0).catch((e) => console.log('promise', e.code));
    break;
  }
}
