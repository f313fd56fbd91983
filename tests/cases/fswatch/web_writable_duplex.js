'use strict';
const { Writable, Duplex, PassThrough } = require('node:stream');
const { WritableStream, ReadableStream, TransformStream } = require('node:stream/web');

(async () => {
  const sink = [];
  const ws = Writable.toWeb(new Writable({
    write(ch, enc, cb) { sink.push(ch.toString()); cb(); },
  }));
  console.log(ws instanceof WritableStream);
  const w = ws.getWriter();
  await w.write(new TextEncoder().encode('one'));
  await w.write(new TextEncoder().encode('two'));
  await w.close();
  console.log(sink);

  const parts = [];
  const w2 = Writable.fromWeb(new WritableStream({
    write(ch) { parts.push(`${ch.constructor.name}:${Buffer.from(ch).toString()}`); },
  }));
  console.log(w2 instanceof Writable);
  w2.write('abc');
  await new Promise((resolve) => w2.end('def', resolve));
  console.log(parts);

  const objs = [];
  const w3 = Writable.fromWeb(new WritableStream({ write(ch) { objs.push(ch); } }), { objectMode: true });
  w3.write({ a: 1 });
  await new Promise((resolve) => w3.end(resolve));
  console.log(objs);

  const failing = Writable.fromWeb(new WritableStream({ write() { throw new Error('sink broke'); } }));
  failing.on('error', (e) => console.log('writable error', e.message));
  failing.write('x');
  await new Promise((r) => setTimeout(r, 20));

  // Duplex <-> pair
  const pair = Duplex.toWeb(new PassThrough());
  console.log(Object.keys(pair).sort(), pair.readable instanceof ReadableStream, pair.writable instanceof WritableStream);
  const wr = pair.writable.getWriter();
  wr.write(new TextEncoder().encode('dup'));
  wr.close();
  const out = [];
  for await (const c of pair.readable) out.push(Buffer.from(c).toString());
  console.log('toWeb', out);

  const ts = new TransformStream({ transform(ch, c) { c.enqueue(String(ch).toUpperCase()); } });
  const d = Duplex.fromWeb(ts, { objectMode: true });
  console.log(d instanceof Duplex);
  d.write('abc');
  d.end('xyz');
  const out2 = [];
  for await (const c of d) out2.push(c);
  console.log('fromWeb', out2);

  // bytes through a web duplex round trip
  const d2 = Duplex.fromWeb(Duplex.toWeb(new PassThrough()), { encoding: 'utf8' });
  d2.end('round trip');
  let s = '';
  for await (const c of d2) s += c;
  console.log(s);

  for (const [label, fn] of [
    ['Writable.toWeb 1', () => Writable.toWeb(1)],
    ['Writable.fromWeb null', () => Writable.fromWeb(null)],
    ['Writable.fromWeb bad objectMode', () => Writable.fromWeb(new WritableStream(), { objectMode: 1 })],
    ['Duplex.fromWeb {}', () => Duplex.fromWeb({})],
    ['Duplex.fromWeb no writable', () => Duplex.fromWeb({ readable: new ReadableStream() })],
    ['Duplex.toWeb {}', () => Duplex.toWeb({})],
  ]) {
    try {
      fn();
      console.log(label, 'ok');
    } catch (e) {
      console.log(label, e.name, e.code, e.message);
    }
  }
})();
