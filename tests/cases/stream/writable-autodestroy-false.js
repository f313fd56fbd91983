'use strict';
// autoDestroy false: error emitted but no destroy/close; emitClose false.
const { Writable } = require('node:stream');

const log = [];
const w = new Writable({
  autoDestroy: false,
  write(c, e, cb) { cb(new Error('nope')); },
});
w.on('error', (e) => log.push(`error ${e.message} destroyed=${w.destroyed}`));
w.on('close', () => log.push('close (unexpected)'));
w.write('x', (err) => log.push(`cb ${err.message}`));
const w2 = new Writable({ emitClose: false, write(c, e, cb) { cb(); } });
w2.on('finish', () => log.push('w2 finish'));
w2.on('close', () => log.push('w2 close (unexpected)'));
w2.end('y');
const w3 = new Writable({ autoDestroy: false, write(c, e, cb) { cb(); } });
w3.on('finish', () => {
  log.push(`w3 finish destroyed=${w3.destroyed}`);
  setImmediate(() => {
    log.push(`w3 later destroyed=${w3.destroyed} closed=${w3.closed}`);
    console.log(log.join('\n'));
  });
});
w3.end();
