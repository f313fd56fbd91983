'use strict';
// Unix-domain sockets: listen on a path, connect, echo, the server's
// address is the path, and the socket file goes away on close.
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wqnet-'));
const sockPath = path.join(dir, 's.sock');
const server = net.createServer((s) => {
  s.setEncoding('utf8');
  s.on('data', (d) => s.end(d.toUpperCase()));
});
server.listen(sockPath, () => {
  console.log('address is path', server.address() === sockPath);
  console.log('is socket', fs.statSync(sockPath).isSocket());
  const c = net.connect(sockPath);
  c.setEncoding('utf8');
  c.on('connect', () => c.write('over a pipe'));
  let got = '';
  c.on('data', (d) => { got += d; });
  c.on('end', () => console.log('got', got));
  c.on('close', () => server.close(() => {
    console.log('exists after close', fs.existsSync(sockPath));
    const bad = net.connect(path.join(dir, 'missing.sock'));
    bad.on('error', (e) => {
      console.log('missing:', e.code, e.syscall);
      fs.rmSync(dir, { recursive: true });
    });
  }));
});
