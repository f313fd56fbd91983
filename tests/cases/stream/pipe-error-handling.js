'use strict';
// pipe() does not forward errors; a dest error unpipes the source.
const { Readable, Writable } = require('node:stream');

const log = [];
const src = new Readable({ read() {} });
const dst = new Writable({
  write(c, e, cb) {
    if (String(c) === 'bad') cb(new Error('write failed'));
    else { log.push(`wrote ${c}`); cb(); }
  },
});
dst.on('error', (e) => log.push(`dst error ${e.message}`));
dst.on('unpipe', () => log.push('dst unpipe'));
dst.on('close', () => log.push('dst close'));
src.on('error', (e) => log.push(`src error ${e.message}`));
src.pipe(dst);
src.push('ok');
setImmediate(() => {
  src.push('bad');
  setImmediate(() => {
    log.push(`src flowing=${src.readableFlowing} destroyed=${src.destroyed} pipes=${src._readableState.pipes.length}`);
    src.destroy(new Error('src boom'));
    setImmediate(() => console.log(log.join('\n')));
  });
});
