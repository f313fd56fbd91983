'use strict';
// A keep-alive socket reused by the agent carries one 'error' listener per
// state (no growth per request: express over a keep-alive agent warned of a
// listener leak after 11 requests).
const http = require('http');
const server = http.createServer((req, res) => res.end('x'));
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true });
  let sock;
  for (let i = 0; i < 15; i++) {
    await new Promise((resolve) => {
      const req = http.get({ host: '127.0.0.1', port, path: '/', agent }, (res) => {
        res.resume();
        res.on('end', () => setImmediate(resolve));
      });
      req.on('socket', (s) => {
        sock = s;
        if (i < 3 || i === 14) console.log(i, req.reusedSocket, s.listeners('error').map((f) => f.name));
      });
    });
  }
  console.log('free', sock.listeners('error').map((f) => f.name));
  agent.destroy();
  server.close(() => console.log('closed'));
});
process.on('warning', (w) => console.log('warning', w.name));
