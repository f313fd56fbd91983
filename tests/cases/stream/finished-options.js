'use strict';
// finished() options: readable/writable/error, cleanup function, this.
const { finished, Duplex, PassThrough } = require('node:stream');

const log = [];
const d = new Duplex({
  read() {},
  write(c, e, cb) { cb(); },
});
finished(d, { readable: false }, function(err) {
  log.push(`writable side only: err=${err} this ok=${this === d}`);
});
finished(d, { writable: false }, (err) => log.push(`readable side only: err=${err}`));
finished(d, (err) => log.push(`both sides: err=${err}`));
d.end();
setImmediate(() => {
  log.push('pushing null');
  d.push(null);
  d.resume();
});

const e = new PassThrough();
e.on('error', () => log.push('error listener'));
finished(e, { error: false }, (err) => log.push(`error:false -> ${err && err.message}`));
e.destroy(new Error('ignored error?'));

const c = new PassThrough();
const cleanup = finished(c, () => log.push('cleaned up callback (unexpected)'));
log.push(`cleanup is function ${typeof cleanup}`);
cleanup();
c.destroy();

process.on('exit', () => console.log(log.join('\n')));
