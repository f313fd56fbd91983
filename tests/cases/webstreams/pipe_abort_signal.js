const { ReadableStream, WritableStream } = require('node:stream/web');
(async () => {
  const log = [];
  const ac = new AbortController();
  let n = 0;
  const rs = new ReadableStream({
    pull(c) { return new Promise((r) => setTimeout(() => { if (c.desiredSize !== null && !ac.signal.aborted) c.enqueue(++n); r(); }, 2)); },
    cancel(reason) { log.push('source cancel: ' + (reason && reason.name)); },
  });
  const ws = new WritableStream({
    write(c) { log.push('write ' + c); if (c === 3) ac.abort(); },
    abort(reason) { log.push('dest abort: ' + (reason && reason.name)); },
  });
  try { await rs.pipeTo(ws, { signal: ac.signal }); } catch (e) { console.log('rejected', e.name, e.code); }
  console.log(log);
  const ac2 = new AbortController();
  ac2.abort(new Error('custom reason'));
  const log2 = [];
  const rs2 = new ReadableStream({ cancel(r) { log2.push('cancel ' + r.message); } });
  const ws2 = new WritableStream({ abort(r) { log2.push('abort ' + r.message); } });
  try { await rs2.pipeTo(ws2, { signal: ac2.signal, preventAbort: true }); } catch (e) { console.log('rejected2', e.message); }
  console.log(log2, rs2.locked, ws2.locked);
  try { await rs2.pipeTo(ws2, { signal: 'nope' }); } catch (e) { console.log(e.name, e.code); }
})();
