'use strict';
// pipe() pauses the source when write() returns false and resumes on drain.
const { Readable, Writable } = require('node:stream');

const log = [];
let n = 0;
const src = new Readable({
  highWaterMark: 4,
  read() {
    n++;
    if (n > 8) this.push(null);
    else this.push(`chunk${n}`);
  },
});
let writes = 0;
let drains = 0;
let falseReturns = 0;
const dst = new Writable({
  highWaterMark: 10,
  write(chunk, enc, cb) {
    writes++;
    setImmediate(cb);
  },
});
const origWrite = dst.write;
dst.write = function(...args) {
  const r = origWrite.apply(this, args);
  if (!r) falseReturns++;
  return r;
};
src.on('pause', () => log.push(`pause (writes=${writes})`));
src.on('resume', () => log.push('resume'));
dst.on('drain', () => { drains++; log.push('drain'); });
dst.on('pipe', (s) => log.push(`pipe event same=${s === src}`));
dst.on('unpipe', (s) => log.push(`unpipe event same=${s === src}`));
dst.on('finish', () => {
  log.push(`finish writes=${writes} drains=${drains} falseReturns=${falseReturns}`);
  console.log(log.join('\n'));
});
src.pipe(dst);
