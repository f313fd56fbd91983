'use strict';
// A 101 with "Upgrade" and "Connection: upgrade" answering a client's
// upgrade request is an 'upgrade' on the ClientRequest (with the bytes after
// the head), not a 'response' (ws's client failed with "Unexpected server
// response: 101"). A 200 carrying the same headers is a plain response.
const http = require('http');
const server = http.createServer((req, res) => {
  res.writeHead(200, { Upgrade: 'foo', Connection: 'Upgrade', 'Content-Length': 2 });
  res.end('ok');
});
server.on('upgrade', (req, socket, head) => {
  console.log('server upgrade', req.url, req.headers.upgrade, head.length);
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: foo\r\nConnection: Upgrade\r\n\r\nhi');
  socket.end();
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const req = http.request({ host: '127.0.0.1', port, path: '/up', headers: { Connection: 'Upgrade', Upgrade: 'foo' } });
  req.on('upgrade', (res, socket, head) => {
    console.log('client upgrade', res.statusCode, res.headers.upgrade, res.upgrade, JSON.stringify(head.toString()));
    socket.destroy();
    http.get({ host: '127.0.0.1', port, path: '/plain', agent: false }, (res) => {
      res.setEncoding('utf8');
      let body = '';
      res.on('data', (c) => { body += c; });
      res.on('end', () => {
        console.log('plain response', res.statusCode, res.upgrade, body);
        server.close(() => console.log('closed'));
      });
    });
  });
  req.on('response', (res) => { console.log('unexpected response', res.statusCode); server.close(); });
  req.end();
});
