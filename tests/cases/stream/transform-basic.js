'use strict';
// Transform: transform/flush, callback value pushing, multiple pushes.
const { Transform } = require('node:stream');

const log = [];
const t = new Transform({
  transform(chunk, enc, cb) {
    const s = String(chunk);
    log.push(`transform ${s} ${enc}`);
    if (s === 'dup') {
      this.push(s);
      this.push(s);
      cb();
    } else if (s === 'skip') {
      cb();
    } else {
      cb(null, s.toUpperCase());
    }
  },
  flush(cb) {
    log.push('flush');
    cb(null, 'TAIL');
  },
});
t.on('data', (d) => log.push(`data ${d}`));
t.on('prefinish', () => log.push('prefinish'));
t.on('finish', () => log.push('finish'));
t.on('end', () => log.push('end'));
t.on('close', () => {
  log.push('close');
  console.log(log.join('\n'));
});
t.write('abc');
t.write('dup');
t.write('skip');
t.end('last');
