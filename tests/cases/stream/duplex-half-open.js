'use strict';
// allowHalfOpen: false ends the writable side when the readable side ends.
const { Duplex } = require('node:stream');

function run(allowHalfOpen, next) {
  const log = [];
  const d = new Duplex({
    allowHalfOpen,
    read() {
      this.push('x');
      this.push(null);
    },
    write(c, e, cb) { cb(); },
  });
  d.on('end', () => log.push(`end writableEnded=${d.writableEnded}`));
  d.on('finish', () => log.push('finish'));
  d.on('close', () => log.push('close'));
  d.resume();
  setTimeout(() => {
    log.push(`state: writable=${d.writable} writableEnded=${d.writableEnded} destroyed=${d.destroyed}`);
    console.log(`allowHalfOpen=${allowHalfOpen}\n  ${log.join('\n  ')}`);
    if (!d.writableEnded) d.end();
    next();
  }, 5);
}
run(true, () => run(false, () => {}));
