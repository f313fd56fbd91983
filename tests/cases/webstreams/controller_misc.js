const { ReadableStream, WritableStream, TransformStream } = require('node:stream/web');
(async () => {
  let ctl;
  const rs = new ReadableStream({ start(c) { ctl = c; } }, { highWaterMark: 3 });
  console.log(ctl.desiredSize);
  ctl.enqueue('a');
  console.log(ctl.desiredSize);
  ctl.error(new Error('x'));
  console.log(ctl.desiredSize);
  ctl.error(new Error('ignored second'));
  try { await rs.getReader().closed; } catch (e) { console.log('closed rejected', e.message); }
  let wctl;
  const ws = new WritableStream({ start(c) { wctl = c; } });
  console.log(wctl.signal.aborted, typeof wctl.signal.addEventListener);
  const w = ws.getWriter();
  w.abort('R');
  console.log(wctl.signal.aborted, wctl.signal.reason);
  let tctl;
  const ts = new TransformStream({ start(c) { tctl = c; } }, undefined, { highWaterMark: 2 });
  console.log(tctl.desiredSize);
  tctl.enqueue(1);
  console.log(tctl.desiredSize);
  tctl.error(new Error('terr'));
  try { await ts.writable.getWriter().write(1); } catch (e) { console.log('ts write', e.message); }
  try { tctl.enqueue(2); } catch (e) { console.log(e.name, e.code); }
  const closedRs = new ReadableStream({ start(c) { c.close(); } });
  const rr = closedRs.getReader();
  console.log(await rr.read(), await rr.closed);
})();
