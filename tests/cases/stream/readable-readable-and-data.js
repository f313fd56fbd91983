'use strict';
// 'readable' takes precedence over 'data'; removing it restores flowing.
const { Readable } = require('node:stream');

const log = [];
let i = 0;
const r = new Readable({
  read() {
    i++;
    if (i > 4) this.push(null);
    else this.push(`p${i}`);
  },
});
function onReadable() {
  log.push(`readable flowing=${r.readableFlowing}`);
  const c = r.read();
  log.push(`read ${c}`);
  if (i >= 2) {
    r.removeListener('readable', onReadable);
    log.push('removed readable listener');
  }
}
r.on('data', (d) => log.push(`data ${d}`));
r.on('readable', onReadable);
log.push(`flowing after both=${r.readableFlowing}`);
r.on('end', () => {
  log.push(`end flowing=${r.readableFlowing}`);
  console.log(log.join('\n'));
});
