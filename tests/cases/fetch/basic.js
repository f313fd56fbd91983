// fetch against a server on 127.0.0.1: the request line and headers it
// sends (defaults, user headers, content-length/chunked), the Response it
// builds (status, statusText, headers combined and set-cookie kept apart).
const http = require('http');
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (d) => chunks.push(d));
  req.on('end', () => {
    const raw = req.rawHeaders.slice();
    raw[raw.indexOf('host') + 1] = 'HOST';
    console.log(req.method, req.url, JSON.stringify(raw), JSON.stringify(Buffer.concat(chunks).toString('latin1')));
    if (req.url === '/status') {
      res.statusCode = 418;
      res.statusMessage = 'Short And Stout';
      res.end('teapot');
      return;
    }
    if (req.url === '/empty') { res.writeHead(204); res.end(); return; }
    res.setHeader('X-Multi', ['a', 'b']);
    res.setHeader('Set-Cookie', ['s=1; Path=/', 't=2']);
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.setHeader('Date', 'Thu, 01 Jan 2026 00:00:00 GMT');
    res.end(`you sent ${Buffer.concat(chunks).length} bytes`);
  });
});

const show = (r) => [r.status, r.statusText, r.ok, r.type, r.url.replace(/:\d+/, ':PORT'), r.redirected, r.bodyUsed];

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  let r = await fetch(`${base}/path?q=1#frag`);
  console.log(show(r), [...r.headers].filter(([k]) => k !== 'keep-alive'), r.headers.getSetCookie());
  console.log(await r.text(), r.bodyUsed);
  r = await fetch(new URL(`${base}/u`), { method: 'POST', body: 'hello', headers: { 'X-Custom': 'v', 'User-Agent': 'mine', Accept: 'text/html' } });
  console.log(await r.text());
  r = await fetch(`${base}/e`, { method: 'POST' });
  console.log(await r.text());
  r = await fetch(`${base}/e`, { method: 'PUT' });
  console.log(await r.text());
  r = await fetch(`${base}/e`, { method: 'DELETE' });
  console.log(await r.text());
  r = await fetch(`${base}/bin`, { method: 'POST', body: new Uint8Array([0, 1, 2, 255]) });
  console.log(await r.text());
  r = await fetch(`${base}/blob`, { method: 'POST', body: new Blob(['blob body'], { type: 'x/y' }) });
  console.log(await r.text());
  r = await fetch(`${base}/usp`, { method: 'PATCH', body: new URLSearchParams({ a: 'b c' }) });
  console.log(await r.text());
  r = await fetch(new Request(`${base}/req`, { method: 'POST', body: 'from a request', headers: [['x-a', '1'], ['x-a', '2']] }));
  console.log(await r.text());
  r = await fetch(`${base}/json`, { method: 'POST', body: JSON.stringify({ a: 1 }), headers: { 'content-type': 'application/json' } });
  console.log(await r.text());
  r = await fetch(`${base}/status`);
  console.log(show(r), await r.text());
  r = await fetch(`${base}/empty`);
  console.log(show(r), r.body, await r.text());
  r = await fetch(`${base}/head`, { method: 'HEAD' });
  console.log(show(r), r.body, JSON.stringify(await r.text()), r.headers.get('content-length'));
  r = await fetch(`${base}/j`, { headers: new Headers({ 'accept-encoding': 'identity', 'accept-language': 'en' }) });
  console.log(r.headers.get('x-multi'), await r.arrayBuffer().then((b) => b.byteLength));
  server.close(() => console.log('closed'));
});
