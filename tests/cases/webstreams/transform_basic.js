const { TransformStream, ReadableStream, WritableStream } = require('node:stream/web');
(async () => {
  const upper = new TransformStream({
    start(c) { console.log('start desiredSize', c.desiredSize); },
    transform(chunk, c) { c.enqueue(String(chunk).toUpperCase()); c.enqueue('|'); },
    flush(c) { c.enqueue('<end>'); },
  });
  const rs = ReadableStream.from(['a', 'b', 'c']).pipeThrough(upper);
  const out = [];
  for await (const x of rs) out.push(x);
  console.log(out.join(''));
  const identity = new TransformStream();
  const w = identity.writable.getWriter();
  w.write(1); w.write(2); w.close();
  const r = identity.readable.getReader();
  console.log(await r.read(), await r.read(), await r.read());
  const term = new TransformStream({ transform(chunk, c) { c.enqueue(chunk); if (chunk === 2) c.terminate(); } });
  const tw = term.writable.getWriter();
  const results = await Promise.allSettled([tw.write(1), tw.write(2), tw.write(3)]);
  console.log(results.map((x) => x.status + ' ' + (x.reason ? x.reason.code : '')));
  const tr = term.readable.getReader();
  console.log(await tr.read(), await tr.read(), await tr.read());
  try { new TransformStream({ readableType: 'bytes' }); } catch (e) { console.log(e.name, e.code, e.message); }
  const errT = new TransformStream({ transform() { throw new Error('tx'); } });
  const ew = errT.writable.getWriter();
  try { await ew.write('z'); } catch (e) { console.log('write rejected', e.message); }
  try { await errT.readable.getReader().read(); } catch (e) { console.log('read rejected', e.message); }
})();
