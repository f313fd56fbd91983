'use strict';
const { Readable } = require('node:stream');
const { ReadableStream } = require('node:stream/web');

(async () => {
  // node Readable -> web ReadableStream
  const rs = Readable.toWeb(Readable.from(['a', 'b', 'c']));
  console.log(rs instanceof ReadableStream);
  const got = [];
  for await (const c of rs) got.push(c);
  console.log(got);

  // byte stream: Buffers become Uint8Arrays
  const bytes = Readable.toWeb(Readable.from([Buffer.from('xy'), Buffer.from('z')], { objectMode: false }));
  const parts = [];
  for await (const c of bytes) parts.push(`${c.constructor.name}:${Buffer.from(c).toString()}`);
  console.log(parts);

  // web -> node
  const r2 = Readable.fromWeb(new ReadableStream({
    start(c) { c.enqueue('x'); c.enqueue('y'); c.close(); },
  }), { objectMode: true });
  console.log(r2 instanceof Readable);
  const got2 = [];
  for await (const c of r2) got2.push(c);
  console.log(got2);

  const r3 = Readable.fromWeb(new ReadableStream({
    start(c) { c.enqueue(new TextEncoder().encode('hé')); c.close(); },
  }), { encoding: 'utf8' });
  let s = '';
  for await (const c of r3) s += c;
  console.log(s, r3.readableEncoding);

  // round trip node -> web -> node
  const back = Readable.fromWeb(Readable.toWeb(Readable.from(['1', '2', '3'])), { objectMode: true });
  console.log(await back.toArray());

  // errors travel across
  const failing = Readable.fromWeb(new ReadableStream({
    pull(c) { c.error(new Error('web failure')); },
  }));
  try {
    for await (const c of failing) console.log('chunk', c);
  } catch (e) {
    console.log('caught', e.message, failing.destroyed);
  }
  const src = new Readable({ read() {} });
  const web = Readable.toWeb(src);
  const reader = web.getReader();
  src.destroy(new Error('node failure'));
  try {
    await reader.read();
  } catch (e) {
    console.log('reader rejected', e.message);
  }

  // cancel destroys the source
  const src2 = new Readable({ read() {} });
  src2.on('close', () => console.log('src2 closed', src2.destroyed));
  await Readable.toWeb(src2).cancel(new Error('stop'));
  console.log('cancelled');

  for (const [label, fn] of [
    ['toWeb {}', () => Readable.toWeb({})],
    ['fromWeb {}', () => Readable.fromWeb({})],
    ['fromWeb bad options', () => Readable.fromWeb(new ReadableStream(), 1)],
    ['fromWeb bad encoding', () => Readable.fromWeb(new ReadableStream(), { encoding: 'nah' })],
  ]) {
    try {
      fn();
      console.log(label, 'ok');
    } catch (e) {
      console.log(label, e.name, e.code, e.message);
    }
  }
})();
