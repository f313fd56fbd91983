const { WritableStream } = require('node:stream/web');
(async () => {
  const log = [];
  const ws = new WritableStream({
    write(chunk, c) { log.push('write ' + chunk + ' aborted=' + c.signal.aborted); return new Promise((r) => setTimeout(r, 5)); },
    abort(reason) { log.push('abort sink ' + reason); },
    close() { log.push('never close'); },
  });
  const w = ws.getWriter();
  const p1 = w.write('x');
  const p2 = w.write('y');
  const pa = w.abort('stop');
  const results = await Promise.allSettled([p1, p2, pa, w.closed, w.ready]);
  console.log(results.map((r) => r.status + ':' + (r.reason?.message ?? r.reason ?? r.value)));
  console.log(log);
  const ws2 = new WritableStream({ start(c) { c.error(new Error('ctl error')); } });
  const w2 = ws2.getWriter();
  try { await w2.write(1); } catch (e) { console.log('write', e.message); }
  try { await w2.closed; } catch (e) { console.log('closed', e.message); }
  console.log('desiredSize', w2.desiredSize);
  const ws3 = new WritableStream({ write() { throw new Error('sink threw'); } });
  const w3 = ws3.getWriter();
  try { await w3.write(1); } catch (e) { console.log('w3', e.message); }
  try { await w3.close(); } catch (e) { console.log('w3 close', e.message); }
  const ws4 = new WritableStream();
  await ws4.close();
  try { await ws4.getWriter().close(); } catch (e) { console.log(e.name, e.code, e.message); }
  try { await ws4.abort(); console.log('abort closed ok'); } catch (e) { console.log(e.message); }
  try { new WritableStream({ type: 'bytes' }); } catch (e) { console.log(e.name, e.code, e.message); }
  try { const a = new WritableStream(); a.getWriter(); a.getWriter(); } catch (e) { console.log(e.name, e.code, e.message); }
})();
