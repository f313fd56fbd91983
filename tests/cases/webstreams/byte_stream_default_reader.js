const { ReadableStream } = require('node:stream/web');
(async () => {
  const rs = new ReadableStream({
    type: 'bytes',
    start(c) {
      console.log('desiredSize', c.desiredSize, c.byobRequest);
      const chunk = new Uint8Array([10, 20, 30]);
      c.enqueue(chunk);
      console.log('source buffer detached', chunk.byteLength);
      c.enqueue(new Uint16Array([0x0102]));
      try { c.enqueue(1); } catch (e) { console.log(e.name, e.code); }
      try { c.enqueue(new Uint8Array(0)); } catch (e) { console.log(e.name, e.code); }
      c.close();
      try { c.close(); } catch (e) { console.log(e.name, e.code, e.message); }
    },
  });
  const reader = rs.getReader();
  let r;
  while (!(r = await reader.read()).done) console.log(r.value.constructor.name, Array.from(r.value));
  console.log('done', r);
  const auto = new ReadableStream({
    type: 'bytes',
    autoAllocateChunkSize: 4,
    pull(c) { const v = c.byobRequest.view; console.log('auto view', v.byteLength); v.set([9, 8]); c.byobRequest.respond(2); c.close(); },
  });
  const r2 = auto.getReader();
  const x = await r2.read();
  console.log(Array.from(x.value), x.value.byteLength, (await r2.read()).done);
})();
