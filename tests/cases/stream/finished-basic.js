'use strict';
// finished(): callback on end/finish, on error, on premature close.
const { finished, Readable, Writable, PassThrough } = require('node:stream');

const log = [];
const r = Readable.from(['a']);
finished(r, (err) => log.push(`readable done err=${err}`));
r.resume();

const w = new Writable({ write(c, e, cb) { cb(); } });
finished(w, (err) => log.push(`writable done err=${err}`));
w.end('x');

const e = new PassThrough();
e.on('error', () => {});
finished(e, (err) => log.push(`errored: ${err.message}`));
e.destroy(new Error('kaput'));

const p = new PassThrough();
finished(p, (err) => log.push(`premature: ${err.code} ${err.message}`));
p.destroy();

const already = Readable.from([]);
already.resume();
already.on('close', () => {
  finished(already, (err) => {
    log.push(`already closed err=${err}`);
    setImmediate(() => console.log(log.join('\n')));
  });
});
try {
  finished({}, () => {});
} catch (err) {
  log.push(`not a stream: ${err.name} ${err.code} ${err.message}`);
}
try {
  finished(new PassThrough(), 'nope');
} catch (err) {
  log.push(`bad callback: ${err.code} ${err.message}`);
}
