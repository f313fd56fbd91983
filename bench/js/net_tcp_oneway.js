'use strict';
// 1 GiB one way over loopback TCP in 64 KiB writes.
const net = require('net');
const total = 1 << 30;
const chunk = Buffer.alloc(64 << 10, 1);
const server = net.createServer((s) => {
  let n = 0;
  s.on('data', (d) => { n += d.length; });
  s.on('end', () => { if (n !== total) throw new Error('short ' + n); server.close(); });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let sent = 0;
  (function write() {
    while (sent < total) {
      sent += chunk.length;
      if (!c.write(chunk)) return c.once('drain', write);
    }
    c.end();
  })();
});
