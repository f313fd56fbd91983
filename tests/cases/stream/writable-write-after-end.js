'use strict';
// ERR_STREAM_WRITE_AFTER_END: callback, 'error' event, return value.
const { Writable } = require('node:stream');

const log = [];
const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('error', (err) => log.push(`error ${err.name} ${err.code} ${err.message}`));
w.on('finish', () => log.push('finish'));
w.on('close', () => {
  log.push(`close errored=${w.errored && w.errored.code}`);
  console.log(log.join('\n'));
});
w.end('last');
const ret = w.write('more', (err) => log.push(`write cb ${err && err.code}`));
log.push(`write returned ${ret}`);
w.end(() => log.push('second end cb'));
