'use strict';
// Errors from transform and flush; unimplemented _transform.
const { Transform } = require('node:stream');

const log = [];
const t = new Transform({
  transform(chunk, enc, cb) {
    if (String(chunk) === 'bad') cb(new Error('bad chunk'));
    else cb(null, chunk);
  },
});
t.on('error', (e) => log.push(`t error ${e.message}`));
t.on('close', () => {
  log.push(`t close writable=${t.writable} readable=${t.readable}`);
  const f = new Transform({
    transform(c, e, cb) { cb(null, c); },
    flush(cb) { cb(new Error('flush failed')); },
  });
  f.on('error', (e) => log.push(`f error ${e.message}`));
  f.on('finish', () => log.push('f finish (unexpected)'));
  f.on('close', () => {
    log.push('f close');
    const u = new Transform();
    u.on('error', (e) => {
      log.push(`u error ${e.name} ${e.code} ${e.message}`);
    });
    try {
      u.write('x');
    } catch (e) {
      log.push(`u write threw ${e.name} ${e.code} ${e.message}`);
    }
    log.push(`u writableLength=${u.writableLength}`);
    console.log(log.join('\n'));
  });
  f.resume();
  f.end('y');
});
t.resume();
t.write('ok', (err) => log.push(`write ok cb ${err}`));
t.write('bad', (err) => log.push(`write bad cb ${err && err.message}`));
t.write('after', (err) => log.push(`write after cb ${err && err.code}`));
