// fetch pools connections: sequential requests to one origin reuse one
// keep-alive socket, concurrent ones open more and are reused afterwards,
// a HEAD request asks for Connection: close, a body left unread is not
// reused until drained; the process exits with idle pooled sockets.
const http = require('http');
let connections = 0;
const server = http.createServer((req, res) => {
  res.setHeader('x-conn', String(req.socket.connId));
  res.end(`${req.method} ${req.url} ${req.headers.connection}`);
});
server.on('connection', (s) => { s.connId = ++connections; });

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const seen = [];
  for (let i = 0; i < 5; i++) {
    const r = await fetch(`${base}/seq${i}`);
    console.log(await r.text());
    seen.push(r.headers.get('x-conn'));
  }
  console.log('sequential requests reused connections:', new Set(seen).size < 5, connections < 5);
  const many = await Promise.all([1, 2, 3].map((i) => fetch(`${base}/par${i}`).then((r) => r.text())));
  console.log(many, connections <= 5);
  const r = await fetch(`${base}/head`, { method: 'HEAD' });
  console.log(r.status, r.headers.get('connection'));
  const again = await fetch(`${base}/after`);
  console.log(await again.text(), connections <= 6);
  server.close(() => console.log('closed'));
});
