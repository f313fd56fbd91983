// fetch against servers that answer by hand: malformed responses fail
// with undici's HTTPParserError, a short body with a SocketError, and
// HTTP/1.0, read-until-close, chunked trailers, 103 Early Hints, no reason
// phrase, Readable.fromWeb over the body, a Node Readable as the request
// body and 30 concurrent fetches all work.
const http = require('http');
const net = require('net');
const { Readable, Writable } = require('stream');
const { pipeline } = require('stream/promises');
const server = http.createServer((req, res) => {
  if (req.url === '/hints') { res.writeEarlyHints({ link: '</a.css>; rel=preload' }); res.end('after hints'); return; }
  req.resume();
  req.on('end', () => res.end('x'.repeat(100000)));
});
const answers = {
  'bad header': 'HTTP/1.1 200 OK\r\nBad Header\r\n\r\n',
  garbage: 'garbage\r\n\r\n',
  short: 'HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort',
  'until close': 'HTTP/1.1 200 OK\r\nX: a\r\n\r\nuntil close',
  'chunked trailer': 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\nX-Trailer: t\r\n\r\n',
  'http/1.0': 'HTTP/1.0 201 Made It\r\n\r\nold',
  'no reason': 'HTTP/1.1 200\r\nContent-Length: 2\r\n\r\nok',
  'duplicate content-length': 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nabc',
  'bad chunk': 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n',
  'repeated headers': 'HTTP/1.1 200 OK\r\nX-A: 1\r\nx-a: 2\r\nSet-Cookie: a=1\r\nset-cookie: b=2\r\nContent-Length: 0\r\n\r\n',
};
const cause = (c) => c && { name: c.name, message: c.message, code: c.code };
const raw = net.createServer((s) => {
  let buf = '';
  s.on('data', (d) => {
    if (buf === null) return;
    buf += d;
    if (!buf.includes('\r\n\r\n')) return;
    const name = decodeURIComponent(buf.split(' ')[1].slice(1));
    buf = null;
    s.end(answers[name]);
  });
});
server.listen(0, '127.0.0.1', () => raw.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  let r = await fetch(`${base}/hints`);
  console.log(r.status, await r.text());
  r = await fetch(`${base}/big`);
  let n = 0;
  await pipeline(Readable.fromWeb(r.body), new Writable({ write(c, e, cb) { n += c.length; cb(); } }));
  console.log('piped', n);
  r = await fetch(`${base}/big`, { method: 'POST', body: Readable.from(['a', 'b']), duplex: 'half' });
  console.log('readable body', (await r.text()).length);
  const rs = await Promise.all(Array.from({ length: 30 }, (_, i) => fetch(`${base}/c${i}`).then((x) => x.text())));
  console.log('parallel', rs.length, rs.every((t) => t.length === 100000));
  for (const name of Object.keys(answers)) {
    try {
      const x = await fetch(`http://127.0.0.1:${raw.address().port}/${encodeURIComponent(name)}`);
      console.log(name, x.status, JSON.stringify(x.statusText), [...x.headers], JSON.stringify(await x.text()));
    } catch (e) {
      console.log(name, e.message, cause(e.cause));
    }
  }
  server.close();
  raw.close();
}));
