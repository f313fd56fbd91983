'use strict';
// _writev errors fail every batched write callback.
const { Writable } = require('node:stream');

const log = [];
const w = new Writable({
  writev(chunks, cb) {
    log.push(`writev ${chunks.length}`);
    cb(new Error('writev failed'));
  },
});
w.on('error', (e) => log.push(`error ${e.message}`));
w.on('close', () => {
  log.push(`close errored=${w.errored.message}`);
  console.log(log.join('\n'));
});
w.cork();
w.write('a', (err) => log.push(`cb a ${err && err.message}`));
w.write('b', (err) => log.push(`cb b ${err && err.message}`));
w.write('c', (err) => log.push(`cb c ${err && err.message}`));
w.uncork();
log.push(`after uncork writable=${w.writable}`);
w.write('d', (err) => log.push(`cb d ${err && err.code}`));
