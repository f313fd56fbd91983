'use strict';
// Object-mode read(), push() and write() in the orders their fast paths
// must keep: what read() returns around _read pushing zero, one or two
// objects, the state after it, write() return values and callback/drain/
// finish order for sync and async _write, errors inside _read.
const { Readable, Writable, Transform } = require('node:stream');
const log = [];
const say = (...a) => log.push(a.join(' '));

// read() while _read pushes 0, 1 or 2 objects synchronously.
{
  let step = 0;
  const r = new Readable({
    objectMode: true, highWaterMark: 2,
    read() {
      step++;
      if (step === 1) return;
      if (step === 2) this.push({ n: 1 });
      if (step === 3) { this.push({ n: 2 }); this.push({ n: 3 }); }
      if (step === 4) this.push(null);
    },
  });
  r.on('readable', () => say('readable', r.readableLength));
  r.on('end', () => say('end'));
  const s = r._readableState;
  for (let i = 0; i < 7; i++) {
    const v = r.read();
    say('read', i, JSON.stringify(v), s.length, s.needReadable, s.reading, s.ended);
    if (i === 0) r.push({ n: 0 }); // completes the read _read left open
  }
}

// _read throwing.
{
  const r = new Readable({ objectMode: true, read() { throw new Error('boom'); } });
  r.on('error', (e) => say('error', e.message));
  say('read throws ->', r.read());
}

// write() on sync and async _write, with and without callbacks.
for (const async of [false, true]) {
  const w = new Writable({
    objectMode: true, highWaterMark: 2,
    write(o, e, cb) { say('write', async, JSON.stringify(o)); if (async) setImmediate(cb); else cb(); },
  });
  w.on('drain', () => say('drain', async));
  w.on('finish', () => say('finish', async));
  say('ret', w.write(1));
  say('ret', w.write(2, () => say('cb2', async)));
  say('ret', w.write(3));
  say('ret', w.write(4, () => say('cb4', async)), w.writableLength, w.writableNeedDrain);
  w.end(() => say('end cb', async));
}

// A flowing transform chain in object mode with backpressure.
{
  let i = 0;
  const r = new Readable({ objectMode: true, highWaterMark: 1, read() { this.push(i < 5 ? { i: i++ } : null); } });
  const t = new Transform({ objectMode: true, highWaterMark: 1, transform(o, e, cb) { cb(null, o.i * 10); } });
  const w = new Writable({ objectMode: true, highWaterMark: 1, write(o, e, cb) { say('got', o); setImmediate(cb); } });
  w.on('finish', () => { say('chain finish'); setImmediate(() => console.log(log.join('\n'))); });
  r.pipe(t).pipe(w);
}
