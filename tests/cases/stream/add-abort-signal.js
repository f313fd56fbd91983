'use strict';
// addAbortSignal and the signal option.
const { addAbortSignal, Readable, Writable, PassThrough } = require('node:stream');

const log = [];
const ac = new AbortController();
const r = addAbortSignal(ac.signal, new Readable({ read() {} }));
r.on('error', (e) => log.push(`r error ${e.name} ${e.code} ${e.message} cause=${e.cause && e.cause.name}`));
r.on('close', () => log.push(`r close destroyed=${r.destroyed}`));
ac.abort();

const ac2 = new AbortController();
ac2.abort('my reason');
const w = new Writable({ signal: ac2.signal, write(c, e, cb) { cb(); } });
w.on('error', (e) => log.push(`w error ${e.name} cause=${e.cause}`));
log.push(`w destroyed immediately=${w.destroyed}`);

const ac3 = new AbortController();
const p = new PassThrough({ signal: ac3.signal });
p.on('error', (e) => log.push(`p error ${e.name}`));
p.end('done');
p.resume();
p.on('close', () => {
  log.push('p closed normally');
  ac3.abort();
  setImmediate(() => console.log(log.join('\n')));
});

for (const [sig, s] of [[{}, new PassThrough()], [ac.signal, {}], [undefined, new PassThrough()]]) {
  try {
    addAbortSignal(sig, s);
    log.push('no throw');
  } catch (e) {
    log.push(`${e.name} ${e.code} ${e.message}`);
  }
}
