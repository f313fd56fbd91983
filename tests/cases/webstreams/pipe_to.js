const { ReadableStream, WritableStream } = require('node:stream/web');
(async () => {
  const sink = [];
  const ws = new WritableStream({ write(c) { sink.push(c); }, close() { sink.push('closed'); } });
  await ReadableStream.from([1, 2, 3]).pipeTo(ws);
  console.log(sink, ws.locked);
  const sink2 = [];
  const ws2 = new WritableStream({ write(c) { sink2.push(c); }, close() { sink2.push('closed'); } });
  await ReadableStream.from(['a']).pipeTo(ws2, { preventClose: true });
  const w2 = ws2.getWriter();
  await w2.write('b');
  await w2.close();
  console.log(sink2);
  const errSrc = new ReadableStream({ start(c) { c.enqueue('x'); c.error(new Error('src failed')); } });
  const log3 = [];
  const ws3 = new WritableStream({ write(c) { log3.push(c); }, abort(r) { log3.push('abort:' + r.message); } });
  try { await errSrc.pipeTo(ws3); } catch (e) { console.log('pipe rejected', e.message); }
  console.log(log3);
  const log4 = [];
  const src4 = new ReadableStream({ pull(c) { c.enqueue(1); }, cancel(r) { log4.push('cancel:' + r.message); } });
  const ws4 = new WritableStream({ write() { throw new Error('dest failed'); } });
  try { await src4.pipeTo(ws4); } catch (e) { console.log('pipe4 rejected', e.message); }
  console.log(log4);
  try { await new ReadableStream().pipeTo({}); } catch (e) { console.log(e.name, e.code, e.message); }
  const locked = new ReadableStream(); locked.getReader();
  try { await locked.pipeTo(new WritableStream()); } catch (e) { console.log(e.name, e.code, e.message); }
  try { new ReadableStream().pipeThrough({}); } catch (e) { console.log(e.name, e.code, e.message); }
})();
