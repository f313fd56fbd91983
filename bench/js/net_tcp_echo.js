'use strict';
// 1 GiB echoed over loopback TCP in 64 KiB writes (server pipes back).
const net = require('net');
const total = 1 << 30;
const chunk = Buffer.alloc(64 << 10, 1);
const server = net.createServer((s) => s.pipe(s));
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let sent = 0, got = 0;
  c.on('data', (d) => {
    got += d.length;
    if (got === total) { c.end(); server.close(); }
  });
  (function write() {
    while (sent < total) {
      sent += chunk.length;
      if (!c.write(chunk)) return c.once('drain', write);
    }
  })();
});
