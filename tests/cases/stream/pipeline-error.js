'use strict';
// pipeline(): an error in the middle destroys every stream.
const { pipeline, Readable, Transform, Writable } = require('node:stream');

const log = [];
const src = new Readable({ read() {} });
const mid = new Transform({
  transform(c, e, cb) {
    if (String(c) === 'boom') cb(new Error('transform exploded'));
    else cb(null, c);
  },
});
const sink = new Writable({ write(c, e, cb) { log.push(`sink ${c}`); cb(); } });
for (const [name, s] of [['src', src], ['mid', mid], ['sink', sink]]) {
  s.on('close', () => log.push(`${name} close`));
  s.on('error', (e) => log.push(`${name} error ${e.code || e.message}`));
}
pipeline(src, mid, sink, (err) => {
  log.push(`callback ${err && err.message}`);
  setImmediate(() => {
    log.push(`destroyed ${src.destroyed} ${mid.destroyed} ${sink.destroyed}`);
    console.log(log.join('\n'));
  });
});
src.push('fine');
setImmediate(() => src.push('boom'));
