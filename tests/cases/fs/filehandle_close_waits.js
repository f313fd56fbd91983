// close() while reads are in flight waits for them; ops after close fail
const fsp = require('fs/promises');
(async () => {
  const h = await fsp.open(__filename);
  const buf = Buffer.alloc(10);
  const r = h.read(buf, 0, 10, 0);
  const c = h.close();
  console.log((await r).bytesRead, buf.toString());
  await c;
  console.log('closed', h.fd);
  try { await h.read(buf, 0, 1, 0); } catch (e) { console.log(e.code, e.syscall); }
  console.log(await h.close());
})();
