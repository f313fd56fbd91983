'use strict';
// destroy() with and without error: event order, flags, repeated destroy.
const { Readable } = require('node:stream');

const log = [];
function watch(r, name) {
  for (const ev of ['data', 'end', 'error', 'close', 'pause', 'resume']) {
    r.on(ev, (x) => log.push(`${name} ${ev}${ev === 'error' ? ' ' + x.message : ''}`));
  }
}
const a = new Readable({ read() {} });
watch(a, 'a');
a.push('x');
a.destroy();
log.push(`a destroyed=${a.destroyed} readable=${a.readable} aborted=${a.readableAborted} closed=${a.closed}`);
a.destroy(new Error('ignored second'));
log.push(`a push after destroy -> ${a.push('y')}`);

const b = new Readable({ read() {} });
watch(b, 'b');
b.destroy(new Error('boom'), (err) => log.push(`b destroy cb ${err && err.message}`));
log.push(`b errored=${b.errored && b.errored.message}`);

const c = new Readable({
  read() {},
  destroy(err, cb) {
    log.push(`c _destroy err=${err}`);
    setImmediate(() => cb(new Error('from _destroy')));
  },
});
watch(c, 'c');
c.destroy();
log.push(`c closed right after destroy=${c.closed}`);

const d = new Readable({ read() {}, emitClose: false });
watch(d, 'd');
d.destroy();

process.on('exit', () => {
  log.push(`c closed=${c.closed} errored=${c.errored && c.errored.message}`);
  console.log(log.join('\n'));
});
