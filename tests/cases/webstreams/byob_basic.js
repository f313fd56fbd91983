const { ReadableStream, ReadableStreamBYOBReader } = require('node:stream/web');
(async () => {
  let i = 0;
  const rs = new ReadableStream({
    type: 'bytes',
    pull(c) {
      const req = c.byobRequest;
      if (i === 0) {
        console.log('byobRequest view', req.view.constructor.name, req.view.byteLength);
        req.view[0] = 65; req.view[1] = 66; req.view[2] = 67;
        req.respond(3);
      } else if (i === 1) {
        c.enqueue(new Uint8Array([1, 2, 3, 4, 5, 6]));
      } else {
        c.close();
        c.byobRequest?.respond(0);
      }
      i++;
    },
  });
  const reader = rs.getReader({ mode: 'byob' });
  console.log(reader instanceof ReadableStreamBYOBReader);
  let view = new Uint8Array(8);
  let r = await reader.read(view);
  console.log(r.done, Array.from(r.value), r.value.byteLength, view.byteLength);
  r = await reader.read(new Uint8Array(4));
  console.log(r.done, Array.from(r.value));
  r = await reader.read(new Uint8Array(4));
  console.log(r.done, Array.from(r.value));
  r = await reader.read(new Uint16Array(2));
  console.log(r.done, r.value.constructor.name, r.value.length);
  for (const bad of [undefined, new Uint8Array(0), 5]) {
    try { await reader.read(bad); } catch (e) { console.log(e.name, e.code, e.message); }
  }
  try { new ReadableStream().getReader({ mode: 'byob' }); } catch (e) { console.log(e.name, e.code); }
})();
