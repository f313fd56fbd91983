const { ReadableStream } = require('node:stream/web');
(async () => {
  const rs = new ReadableStream({
    start(c) { c.enqueue(1); },
    cancel(reason) { console.log('cancel called with', reason); return new Promise((r) => setTimeout(() => r('ignored'), 5)); },
  });
  const reader = rs.getReader();
  const pending = [reader.read(), reader.read()];
  const res = await reader.cancel('because');
  console.log('cancel result', res);
  console.log(await Promise.all(pending));
  console.log(await reader.read());
  const rs2 = new ReadableStream({ start(c) { c.error(new Error('bad')); } });
  try { await rs2.cancel(); } catch (e) { console.log('cancel errored', e.message); }
  const rs3 = new ReadableStream({ start(c) { c.close(); } });
  console.log('cancel closed', await rs3.cancel('x'));
  const rs4 = new ReadableStream({ cancel() { throw new Error('cancel threw'); } });
  try { await rs4.cancel(); } catch (e) { console.log(e.message); }
})();
