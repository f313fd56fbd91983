// fetch decodes Content-Encoding gzip, x-gzip, deflate (zlib-wrapped or
// raw), br and stacked codings; an unknown coding passes the bytes through;
// HEAD and 204 are not decoded; the header itself stays.
const http = require('http');
const zlib = require('zlib');
const text = 'hello compressed world '.repeat(50);
const bodies = {
  gzip: () => zlib.gzipSync(text),
  'x-gzip': () => zlib.gzipSync(text),
  deflate: () => zlib.deflateSync(text),
  'deflate-raw': () => zlib.deflateRawSync(text),
  br: () => zlib.brotliCompressSync(text),
  'gzip, br': () => zlib.brotliCompressSync(zlib.gzipSync(text)),
  'deflate,gzip': () => zlib.gzipSync(zlib.deflateSync(text)),
  GZIP: () => zlib.gzipSync(text),
  identity: () => Buffer.from(text),
  foo: () => Buffer.from('raw bytes'),
};
const server = http.createServer((req, res) => {
  const enc = decodeURIComponent(req.url.slice(1));
  const body = bodies[enc]();
  res.writeHead(req.url === '/none' ? 204 : 200, {
    'content-encoding': enc === 'deflate-raw' ? 'deflate' : enc,
    'content-length': body.length,
    'x-accept-encoding': req.headers['accept-encoding'],
  });
  res.end(req.method === 'HEAD' ? undefined : body);
});
server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  for (const enc of Object.keys(bodies)) {
    const r = await fetch(`${base}/${encodeURIComponent(enc)}`);
    const t = await r.text();
    console.log(enc, r.headers.get('content-encoding'), r.headers.get('x-accept-encoding'), t.length, t === text ? 'same' : JSON.stringify(t.slice(0, 20)));
  }
  const h = await fetch(`${base}/gzip`, { method: 'HEAD' });
  console.log('HEAD', h.status, h.headers.get('content-encoding'), JSON.stringify(await h.text()));
  const chunked = http.createServer((req, res) => {
    const gz = zlib.createGzip();
    res.writeHead(200, { 'content-encoding': 'gzip' });
    gz.pipe(res);
    let i = 0;
    const step = () => { if (i++ < 5) { gz.write(`part${i};`); gz.flush(() => setImmediate(step)); } else gz.end(); };
    step();
  });
  chunked.listen(0, '127.0.0.1', async () => {
    const r = await fetch(`http://127.0.0.1:${chunked.address().port}/`);
    console.log('streamed gzip', await r.text());
    const r2 = await fetch(`${base}/gzip`, { headers: { 'accept-encoding': 'br' } });
    console.log('own accept-encoding', r2.headers.get('x-accept-encoding'), (await r2.text()).length);
    chunked.close();
    server.close(() => console.log('closed'));
  });
});
