// Upgrades on 127.0.0.1: an http server's 'upgrade' and 'connect', a
// client's 'upgrade' with the bytes after the 101 (the 101 sent in pieces),
// a server that only advertises Upgrade to a request that asked for none,
// and maxRequestsPerSocket's 503 with 'dropRequest'.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  res.setHeader('Upgrade', 'h2c');
  res.setHeader('Connection', 'Upgrade');
  res.end(`regular ${req.url}`);
});
server.on('upgrade', (req, socket, head) => {
  console.log('server upgrade', req.url, req.headers.upgrade, JSON.stringify(String(head)));
  socket.write('HTTP/1.1 101 Switching Protocols\r\n');
  setTimeout(() => {
    socket.write('Upgrade: echo\r\nConnection: Upgrade\r\n\r\nhello');
    socket.on('data', (d) => socket.end(`echo:${d}`));
  }, 20);
});
server.on('connect', (req, socket, head) => {
  console.log('server connect', req.url, JSON.stringify(String(head)));
  socket.end('HTTP/1.1 200 Connection Established\r\n\r\ntunnel');
});

function upgrade() {
  return new Promise((resolve) => {
    const req = http.request({
      host: '127.0.0.1', port: server.address().port, path: '/up', agent: false,
      headers: { Connection: 'Upgrade', Upgrade: 'echo' },
    });
    req.on('upgrade', (res, socket, head) => {
      console.log('client upgrade', res.statusCode, res.headers.upgrade, JSON.stringify(String(head)));
      let got = '';
      socket.on('data', (d) => { got += d; });
      socket.on('end', () => { console.log('client got', got); resolve(); });
      socket.write('ping');
    });
    req.on('response', () => console.log('unexpected response'));
    req.end('body!');
  });
}

function advertised() {
  return new Promise((resolve) => {
    http.get({ host: '127.0.0.1', port: server.address().port, path: '/plain', agent: false }, (res) => {
      let b = '';
      res.on('data', (d) => { b += d; });
      res.on('end', () => { console.log('advertised', res.statusCode, res.headers.upgrade, b); resolve(); });
    }).on('upgrade', () => console.log('unexpected upgrade'));
  });
}

function connect() {
  return new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port: server.address().port, method: 'CONNECT', path: 'example.com:443', agent: false });
    req.on('connect', (res, socket, head) => {
      console.log('client connect', res.statusCode, JSON.stringify(String(head)));
      socket.on('data', (d) => console.log('tunnel data', String(d)));
      socket.on('end', resolve);
    });
    req.end();
  });
}

function dropped() {
  return new Promise((resolve) => {
    const s = http.createServer((req, res) => res.end('ok'));
    s.maxRequestsPerSocket = 1;
    s.on('dropRequest', (req, socket) => console.log('dropRequest', req.url, socket instanceof net.Socket));
    s.listen(0, '127.0.0.1', () => {
      const c = net.connect(s.address().port, '127.0.0.1', () => {
        c.write('GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\n\r\n');
      });
      let out = '';
      c.setEncoding('latin1');
      c.on('data', (d) => { out += d; });
      c.on('end', () => {
        console.log(out.split('\r\n').filter((l) => /^HTTP|^Connection|^ok/.test(l)).join(' | '));
        c.end();
        s.close(resolve);
      });
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  await upgrade();
  await advertised();
  await connect();
  await dropped();
  server.close(() => console.log('closed'));
});
