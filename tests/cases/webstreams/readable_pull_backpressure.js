const { ReadableStream, CountQueuingStrategy } = require('node:stream/web');
(async () => {
  let n = 0;
  const log = [];
  const rs = new ReadableStream({
    pull(c) {
      n++;
      log.push(`pull ${n} desired=${c.desiredSize}`);
      c.enqueue(n);
      if (n === 5) c.close();
    },
  }, new CountQueuingStrategy({ highWaterMark: 2 }));
  await new Promise((r) => setTimeout(r, 5));
  log.push('after start');
  const reader = rs.getReader();
  for (;;) {
    const { value, done } = await reader.read();
    log.push(`read ${value} ${done}`);
    if (done) break;
  }
  console.log(log.join('\n'));
})();
