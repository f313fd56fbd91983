'use strict';
// Transform with a user _final: flush runs on prefinish instead.
const { Transform } = require('node:stream');

const log = [];
const t = new Transform({
  transform(c, e, cb) { cb(null, c); },
  flush(cb) { log.push('flush'); cb(null, 'F'); },
  final(cb) {
    log.push('user final');
    setImmediate(cb);
  },
});
t.on('data', (d) => log.push(`data ${d}`));
t.on('prefinish', () => log.push('prefinish'));
t.on('finish', () => log.push('finish'));
t.on('end', () => log.push('end'));
t.on('close', () => { log.push('close'); console.log(log.join('\n')); });
t.end('x');
