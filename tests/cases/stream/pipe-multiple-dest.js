'use strict';
// One source piped into two destinations of different speed.
const { Readable, Writable } = require('node:stream');

const log = [];
const src = Readable.from(['a', 'b', 'c', 'd', 'e', 'f'], { objectMode: true });
function dest(name, delay) {
  const got = [];
  const w = new Writable({
    objectMode: true,
    highWaterMark: 1,
    write(c, e, cb) {
      got.push(c);
      if (delay) setTimeout(cb, delay); else cb();
    },
  });
  w.on('finish', () => log.push(`${name} finish ${got.join('')}`));
  return w;
}
const fast = dest('fast', 0);
const slow = dest('slow', 2);
let pending = 2;
for (const w of [fast, slow]) {
  w.on('close', () => {
    if (--pending === 0) {
      log.sort();
      console.log(log.join('\n'));
    }
  });
}
src.pipe(fast);
src.pipe(slow);
