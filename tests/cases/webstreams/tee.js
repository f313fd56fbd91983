const { ReadableStream } = require('node:stream/web');
(async () => {
  const rs = new ReadableStream({ start(c) { c.enqueue('a'); c.enqueue('b'); c.close(); } });
  const [b1, b2] = rs.tee();
  console.log(rs.locked, b1.locked, b2.locked);
  const read = async (s) => { const out = []; for await (const x of s) out.push(x); return out; };
  console.log(await read(b1), await read(b2));
  const log = [];
  const src = new ReadableStream({ start(c) { c.enqueue(1); }, cancel(r) { log.push(['cancel', r]); } });
  const [c1, c2] = src.tee();
  await c1.cancel('r1');
  log.push('after first cancel');
  await c2.cancel('r2');
  console.log(JSON.stringify(log));
  const err = new ReadableStream({ start(c) { c.error(new Error('boom')); } });
  const [e1, e2] = err.tee();
  for (const s of [e1, e2]) { try { await s.getReader().read(); } catch (e) { console.log('branch', e.message); } }
  try { ReadableStream.prototype.tee.call({}); } catch (e) { console.log(e.code); }
})();
