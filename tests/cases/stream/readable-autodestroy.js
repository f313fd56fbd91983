'use strict';
// autoDestroy: false keeps the stream alive after end / error.
const { Readable } = require('node:stream');

const log = [];
const r = new Readable({ autoDestroy: false, read() {} });
r.on('end', () => {
  log.push(`end destroyed=${r.destroyed}`);
  setImmediate(() => {
    log.push(`later destroyed=${r.destroyed} closed=${r.closed}`);
    r.destroy();
  });
});
r.on('close', () => {
  log.push('close');
  const e = new Readable({ autoDestroy: false, read() {} });
  e.on('error', (err) => {
    log.push(`error ${err.code} destroyed=${e.destroyed} errored=${!!e.errored}`);
    setImmediate(() => {
      log.push(`e still destroyed=${e.destroyed}`);
      console.log(log.join('\n'));
    });
  });
  e.on('close', () => log.push('e close (unexpected)'));
  e.push(null);
  e.push('after eof');
});
r.resume();
r.push('a');
r.push(null);
