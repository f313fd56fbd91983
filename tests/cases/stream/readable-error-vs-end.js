'use strict';
// After an error, 'end' is never emitted; buffered data is dropped.
const { Readable } = require('node:stream');

const log = [];
const r = new Readable({ read() {} });
r.on('data', (d) => log.push(`data ${d}`));
r.on('end', () => log.push('end (unexpected)'));
r.on('error', (e) => log.push(`error ${e.message}`));
r.on('close', () => {
  log.push(`close readableEnded=${r.readableEnded} aborted=${r.readableAborted}`);
  const r2 = new Readable({ read() {} });
  r2.push('buffered');
  r2.push(null);
  r2.on('end', () => log.push('r2 end (unexpected)'));
  r2.on('close', () => {
    log.push(`r2 close len=${r2.readableLength} ended=${r2.readableEnded}`);
    const r3 = new Readable({ read() { throw new Error('read threw'); } });
    r3.on('error', (e) => log.push(`r3 error ${e.message}`));
    r3.on('close', () => { log.push('r3 close'); console.log(log.join('\n')); });
    r3.resume();
  });
  r2.destroy();
});
r.push('a');
r.push(null);
r.destroy(new Error('after eof'));
