'use strict';
// Idle connections held open at once (both ends in this process); prints
// the RSS in MiB to stderr (compare with node), then closes them all.
// BENCH_CONNS sets how many (default 500: an isolate holds at most 1024
// handles, binding.DefaultHandleLimit).
const net = require('net');
const total = Number(process.env.BENCH_CONNS) || 500;
const socks = [];
let accepted = 0;
const server = net.createServer((s) => {
  socks.push(s);
  if (++accepted === total) {
    process.stderr.write(`rss ${Math.round(process.memoryUsage().rss / 1048576)} MiB\n`);
    for (const x of socks) x.destroy();
    server.close();
  }
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  let opened = 0;
  (function open() {
    for (let i = 0; i < 200 && opened < total; i++, opened++) {
      const c = net.connect(port, '127.0.0.1');
      c.on('error', () => {});
      c.on('close', () => {});
      socks.push(c);
    }
    if (opened < total) setTimeout(open, 5);
  })();
});
