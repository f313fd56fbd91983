'use strict';
// Writes after destroy: ERR_STREAM_DESTROYED; pending buffered writes fail.
const { Writable } = require('node:stream');

const log = [];
const w = new Writable({
  write(c, e, cb) {
    log.push(`_write ${c}`);
    setImmediate(cb);
  },
});
w.on('error', (err) => log.push(`error ${err.code}`));
w.on('close', () => log.push('close'));
w.write('1', (err) => log.push(`cb1 ${err ? err.code : err}`));
w.write('2', (err) => log.push(`cb2 ${err ? err.code : err}`));
w.write('3', (err) => log.push(`cb3 ${err ? err.code : err}`));
w.end((err) => log.push(`end cb ${err ? err.code : err}`));
w.destroy();
log.push(`destroyed=${w.destroyed} writable=${w.writable}`);
const r = w.write('4', (err) => log.push(`cb4 ${err.name} ${err.code} ${err.message}`));
log.push(`write after destroy -> ${r}`);
process.on('exit', () => console.log(log.join('\n')));
