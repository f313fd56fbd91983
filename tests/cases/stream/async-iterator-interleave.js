'use strict';
// Ordering between async iteration and stream events / ticks.
const { Readable } = require('node:stream');

const log = [];
let i = 0;
const r = new Readable({
  objectMode: true,
  highWaterMark: 2,
  read() {
    i++;
    log.push(`_read ${i}`);
    if (i <= 3) this.push(i);
    else this.push(null);
  },
});
r.on('end', () => log.push('end event'));
r.on('close', () => log.push('close event'));
(async () => {
  for await (const v of r) {
    log.push(`value ${v}`);
    await null;
    log.push(`after await ${v}`);
  }
  log.push('loop done');
  setImmediate(() => console.log(log.join('\n')));
})();
log.push('sync end');
