// A server on 127.0.0.1 answering its own client: bodies both ways,
// chunked and fixed-length responses, headers, keep-alive reuse, HEAD, 404.
const http = require('http');

const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    if (req.url === '/missing') {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('nope');
      return;
    }
    res.setHeader('X-Method', req.method);
    res.setHeader('Set-Cookie', ['a=1', 'b=2']);
    if (req.url === '/chunked') {
      res.write('part1,');
      res.end('part2');
      return;
    }
    res.end(`${req.method} ${req.url} ${req.headers['x-test'] || ''} ${body}`);
  });
});

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function get(method, path, body) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.address().port, method, path,
      agent, headers: { 'X-Test': 'yes' } }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { data += d; });
      res.on('end', () => resolve({ res, data, reused: req.reusedSocket }));
    });
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

server.listen(0, '127.0.0.1', async () => {
  for (const [m, p, b] of [['GET', '/a'], ['POST', '/b', 'payload'], ['GET', '/chunked'],
    ['HEAD', '/h'], ['GET', '/missing']]) {
    const { res, data, reused } = await get(m, p, b);
    console.log(m, p, res.statusCode, res.statusMessage, res.httpVersion,
      JSON.stringify(data), res.headers['x-method'], res.headers['set-cookie'],
      res.headers['transfer-encoding'], res.headers['content-length'], res.headers.connection, reused);
  }
  agent.destroy();
  server.close(() => console.log('closed'));
});
