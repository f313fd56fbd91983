// Hostile input to an http server on 127.0.0.1, each on its own raw
// connection: malformed requests (400), oversize headers (431), request
// smuggling shapes llhttp rejects, a 'clientError' listener, a client
// that disconnects mid-body, and a server that resets mid-response.
const http = require('http');
const net = require('net');

const log = [];
const server = http.createServer((req, res) => {
  let n = 0;
  req.on('data', (d) => { n += d.length; });
  req.on('end', () => res.end(`ok ${req.method} ${req.url} ${n}`));
  req.on('aborted', () => log.push(`server: aborted after ${n} complete=${req.complete}`));
  req.on('error', (e) => log.push(`server: req error ${e.code} ${e.message}`));
});
server.on('connection', (s) => {
  s.on('error', (e) => log.push(`server: socket error ${e.code} ${e.message}`));
});

function raw(payload, opts = {}) {
  return new Promise((resolve) => {
    const c = net.connect(server.address().port, '127.0.0.1', () => {
      c.write(payload);
      if (opts.destroyAfter) setTimeout(() => c.destroy(), 50);
    });
    let out = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { out += d; });
    c.on('error', () => {});
    c.on('close', () => {
      // A response's status line and its framing headers (not the Date).
      const lines = out.split('\r\n').filter((l) => l && !/^Date:/i.test(l));
      setTimeout(() => resolve(lines.join(' | ') || '(nothing)'), 20);
    });
  });
}

const cases = [
  ['valid', 'GET /a HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
  ['unknown method', 'FOO / HTTP/1.1\r\nHost: x\r\n\r\n'],
  ['bad version', 'GET / HTTP/9.9\r\nHost: x\r\n\r\n'],
  ['space in header name', 'GET / HTTP/1.1\r\nHo st: x\r\n\r\n'],
  ['control char in value', 'GET / HTTP/1.1\r\nHost: x\x01y\r\n\r\n'],
  ['bare LF line ending', 'GET / HTTP/1.1\nHost: x\n\n'],
  ['oversize header', `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20000)}\r\n\r\n`],
  ['too many headers bytes split', 'GET / HTTP/1.1\r\n' + 'X-A: b\r\n'.repeat(3000) + '\r\n'],
  ['content-length and transfer-encoding',
    'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n'],
  ['two different content-lengths',
    'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd'],
  ['chunked not last', 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, gzip\r\n\r\n0\r\n\r\n'],
  ['bad chunk size', 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n'],
  ['negative content-length', 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n'],
  ['pipelined after close', 'GET /1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\n\r\n'],
  ['disconnect mid-body', 'POST /up HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n0123456789', { destroyAfter: true }],
];

server.listen(0, '127.0.0.1', async () => {
  for (const [name, payload, opts] of cases) {
    const res = await raw(payload, opts);
    console.log(`${name}: ${res}`);
    for (const l of log.splice(0)) console.log(`  ${l}`);
  }

  // A 'clientError' listener answers instead of the default 400.
  server.on('clientError', (err, socket) => {
    console.log(`  clientError ${err.code} ${err.reason || ''} rawPacket=${err.rawPacket ? err.rawPacket.length : ''}`);
    socket.end('HTTP/1.1 418 Teapot\r\nConnection: close\r\n\r\n');
  });
  console.log(`clientError listener: ${await raw('GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n')}`);
  server.removeAllListeners('clientError');

  // A server that resets the connection mid-response.
  const reset = http.createServer((req, res) => {
    res.writeHead(200, { 'Content-Length': 100 });
    res.write('partial');
    setTimeout(() => res.socket.destroy(), 50);
  });
  reset.listen(0, '127.0.0.1', () => {
    const req = http.get({ host: '127.0.0.1', port: reset.address().port, agent: false }, (res) => {
      let n = 0;
      res.on('data', (d) => { n += d.length; });
      res.on('aborted', () => console.log(`client: aborted after ${n} complete=${res.complete}`));
      res.on('error', (e) => console.log(`client: res error ${e.code} ${e.message}`));
      res.on('close', () => {
        console.log('client: res close');
        reset.close();
        server.close(() => console.log('closed'));
      });
    });
    req.on('error', (e) => console.log(`client: req error ${e.code} ${e.message}`));
  });
});
