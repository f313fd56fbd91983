'use strict';
// _final: called once on end(), delays 'finish'; errors from final.
const { Writable } = require('node:stream');

const log = [];
const w = new Writable({
  write(c, e, cb) { log.push(`write ${c}`); cb(); },
  final(cb) {
    log.push(`final called, finished=${w.writableFinished}`);
    setImmediate(() => { log.push('final done'); cb(); });
  },
});
w.on('prefinish', () => log.push('prefinish'));
w.on('finish', () => log.push('finish'));
w.on('close', () => {
  log.push('close');
  const w2 = new Writable({
    write(c, e, cb) { cb(); },
    final(cb) { cb(new Error('final failed')); },
  });
  w2.on('finish', () => log.push('w2 finish (unexpected)'));
  w2.on('error', (e) => log.push(`w2 error ${e.message}`));
  w2.on('close', () => {
    log.push(`w2 close errored=${w2.errored.message}`);
    const w3 = new Writable({ write(c, e, cb) { cb(); }, final() { throw new Error('thrown in final'); } });
    w3.on('error', (e) => log.push(`w3 error ${e.message}`));
    w3.on('close', () => { log.push('w3 close'); console.log(log.join('\n')); });
    w3.end((err) => log.push(`w3 end cb ${err && err.message}`));
  });
  w2.end((err) => log.push(`w2 end cb ${err && err.message}`));
});
w.end('data', () => log.push('end cb'));
log.push('sync end returned');
