const { ReadableStream } = require('node:stream/web');
(async () => {
  const make = (log) => new ReadableStream({
    start(c) { for (const x of [1, 2, 3, 4]) c.enqueue(x); c.close(); },
    cancel(r) { log.push('cancel ' + r); },
  });
  const log = [];
  for await (const v of make(log)) log.push(v);
  console.log(log);
  const log2 = [];
  const rs = make(log2);
  for await (const v of rs) { log2.push(v); if (v === 2) break; }
  console.log(log2, rs.locked);
  const log3 = [];
  const rs3 = make(log3);
  for await (const v of rs3.values({ preventCancel: true })) { log3.push(v); if (v === 1) break; }
  console.log(log3, rs3.locked);
  const r = rs3.getReader();
  console.log(await r.read());
  const it = make([])[Symbol.asyncIterator]();
  console.log(Object.prototype.toString.call(it), await Promise.all([it.next(), it.next(), it.return('x'), it.next()]));
  const errs = new ReadableStream({ start(c) { c.enqueue('ok'); c.error(new Error('mid')); } });
  try { for await (const v of errs) console.log('got', v); } catch (e) { console.log('caught', e.message); }
})();
