const { WritableStream } = require('node:stream/web');
(async () => {
  const log = [];
  const ws = new WritableStream({
    start(c) { log.push('start'); },
    write(chunk, c) { log.push('write ' + chunk); return new Promise((r) => setTimeout(r, 2)); },
    close() { log.push('close'); },
    abort(r) { log.push('abort ' + r); },
  });
  const w = ws.getWriter();
  console.log('locked', ws.locked, 'desiredSize', w.desiredSize);
  const p1 = w.write('a');
  console.log('desiredSize after write', w.desiredSize);
  const p2 = w.write('b');
  console.log('desiredSize', w.desiredSize);
  await p1; await p2;
  console.log('desiredSize after writes', w.desiredSize);
  await w.ready;
  await w.close();
  await w.closed;
  console.log(log);
  console.log('desiredSize closed', w.desiredSize);
  w.releaseLock();
  try { w.desiredSize; } catch (e) { console.log(e.name, e.code, e.message); }
  try { await w.write('x'); } catch (e) { console.log(e.name, e.code, e.message); }
  console.log(ws.locked);
})();
