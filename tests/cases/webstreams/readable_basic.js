const { ReadableStream } = require('node:stream/web');
(async () => {
  const rs = new ReadableStream({
    start(c) { console.log('start desiredSize', c.desiredSize); c.enqueue('a'); c.enqueue('b'); console.log('after enqueue', c.desiredSize); },
    pull(c) { console.log('pull'); c.enqueue('c'); c.close(); },
    cancel() { console.log('never'); },
  });
  console.log('locked', rs.locked);
  const reader = rs.getReader();
  console.log('locked', rs.locked);
  console.log(await reader.read());
  console.log(await reader.read());
  console.log(await reader.read());
  console.log(await reader.read());
  console.log(await reader.read());
  await reader.closed;
  console.log('closed resolved');
  reader.releaseLock();
  console.log('locked after release', rs.locked);
  try { await reader.closed; } catch (e) { console.log(e.name, e.code, e.message); }
})();
