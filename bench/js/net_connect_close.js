'use strict';
// 5,000 connect+close round trips over loopback, 50 at a time.
const net = require('net');
const total = 5000;
let started = 0, done = 0;
const server = net.createServer((s) => s.end());
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  function one() {
    if (started >= total) return;
    started++;
    const c = net.connect(port, '127.0.0.1');
    c.resume();
    c.on('close', () => {
      if (++done === total) server.close();
      else one();
    });
  }
  for (let i = 0; i < 50; i++) one();
});
