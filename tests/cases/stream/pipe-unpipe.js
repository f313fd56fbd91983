'use strict';
// unpipe(): stops the flow, emits 'unpipe', leaves the source paused.
const { Readable, PassThrough } = require('node:stream');

const log = [];
const src = new Readable({ read() {} });
const a = new PassThrough();
const b = new PassThrough();
a.on('data', (d) => log.push(`a got ${d}`));
b.on('data', (d) => log.push(`b got ${d}`));
a.on('unpipe', () => log.push('a unpipe'));
b.on('unpipe', () => log.push('b unpipe'));
src.pipe(a);
src.pipe(b);
log.push(`pipes=${src._readableState.pipes.length}`);
src.push('one');
setImmediate(() => {
  src.unpipe(a);
  log.push(`after unpipe(a) flowing=${src.readableFlowing}`);
  src.push('two');
  setImmediate(() => {
    src.unpipe(a);
    src.unpipe();
    log.push(`after unpipe() flowing=${src.readableFlowing} paused=${src.isPaused()}`);
    src.push('three');
    setImmediate(() => {
      log.push(`buffered=${src.readableLength}`);
      console.log(log.join('\n'));
    });
  });
});
