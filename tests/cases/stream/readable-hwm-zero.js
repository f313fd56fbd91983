'use strict';
// highWaterMark 0 byte stream: push always returns false, read(0) behaviour.
const { Readable } = require('node:stream');

const log = [];
let i = 0;
const r = new Readable({
  highWaterMark: 0,
  read() {
    i++;
    log.push(`_read ${i}`);
    if (i < 4) this.push(`c${i}`);
    else this.push(null);
  },
});
log.push(`push returns ${r.push('first')}`);
r.on('data', (d) => log.push(`data ${d}`));
r.on('end', () => {
  log.push('end');
  console.log(log.join('\n'));
});
