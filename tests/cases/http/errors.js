// Malformed and oversized requests get 400 and 431 and a 'clientError';
// header validation errors match Node's.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => res.end('ok'));
server.on('clientError', (err, socket) => {
  console.log('clientError', err.code);
  socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
});

function raw(data) {
  return new Promise((resolve) => {
    const c = net.connect(server.address().port, '127.0.0.1', () => c.end(data));
    let out = '';
    c.on('data', (d) => { out += d; });
    c.on('close', () => resolve(out.split('\r\n')[0]));
  });
}

for (const [name, v] of [['ok', 'x'], ['bad name', 'x'], ['x', 'a\nb'], ['x', undefined]]) {
  try {
    http.validateHeaderName(name);
    http.validateHeaderValue(name, v);
    console.log('valid', name);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

server.listen(0, '127.0.0.1', async () => {
  console.log(await raw('GET / HTTP/1.1\r\nHost: a\r\n\r\n'));
  console.log(await raw('GARBAGE\r\n\r\n'));
  console.log(await raw('GET / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n'));
  server.removeAllListeners('clientError');
  console.log(await raw('GET / HTTP/1.1\r\nHost: a\r\nX: ' + 'a'.repeat(20000) + '\r\n\r\n'));
  console.log(await raw('GET / HTTP/1.1\r\n\r\n'));
  server.close(() => console.log('closed'));
});
