// FormData over the wire: fetch sends a FormData body as multipart with its
// Content-Length, the server parses it back; a multipart and an urlencoded
// response become FormData through formData(); a Response prints as Node's.
const http = require('http');
const server = http.createServer(async (req, res) => {
  const chunks = [];
  for await (const c of req) chunks.push(c);
  const body = Buffer.concat(chunks);
  if (req.url === '/parse') {
    const ct = req.headers['content-type'];
    console.log('server got', ct.replace(/boundary=.*/, 'boundary=B'), req.headers['content-length'] === String(body.length));
    const fd = await new Response(body, { headers: { 'content-type': ct } }).formData();
    for (const [k, v] of fd) {
      console.log('  ', k, typeof v === 'string' ? JSON.stringify(v) : `${v.name} ${v.type} ${v.size} ${JSON.stringify(await v.text())}`);
    }
    res.end('parsed');
    return;
  }
  if (req.url === '/multipart') {
    res.setHeader('content-type', 'multipart/form-data; boundary=XyZ');
    res.end('--XyZ\r\nContent-Disposition: form-data; name="field"\r\n\r\nvalue\r\n' +
      '--XyZ\r\nContent-Disposition: form-data; name="up"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nfile text\r\n--XyZ--\r\n');
    return;
  }
  if (req.url === '/urlencoded') {
    res.setHeader('content-type', 'application/x-www-form-urlencoded');
    res.end('a=1&b=two+words&a=3&c=%E2%82%AC');
    return;
  }
  res.setHeader('content-type', 'text/plain');
  res.setHeader('date', 'Thu, 01 Jan 2026 00:00:00 GMT');
  res.end('plain');
});

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const fd = new FormData();
  fd.append('name', 'wqnode');
  fd.append('multi\nline', 'a\nb');
  fd.append('file', new Blob(['\x00\x01binary'], { type: 'application/x-bin' }), 'data.bin');
  fd.append('file', new File(['second'], 'two.txt', { type: 'text/plain' }));
  let r = await fetch(`${base}/parse`, { method: 'POST', body: fd });
  console.log(await r.text());
  r = await fetch(`${base}/multipart`);
  for (const [k, v] of await r.formData()) console.log(k, typeof v === 'string' ? v : `${v.constructor.name} ${v.name} ${v.type} ${await v.text()}`);
  r = await fetch(`${base}/urlencoded`);
  console.log([...await r.formData()]);
  r = await fetch(`${base}/plain`);
  try { await r.formData(); } catch (e) { console.log(e.name, e.message); }
  r = await fetch(`${base}/plain`);
  r.headers.delete; // present
  console.log(require('util').inspect(r).replace(/:\d+/g, ':P').replace(/'keep-alive': 'timeout=5',?\n\s*/, ''));
  server.close(() => console.log('closed'));
});
