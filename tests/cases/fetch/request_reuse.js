// A Request's body goes once: fetch(request, init) and new Request(request)
// take it, a second use fails; an abort mid-upload; keepalive and no-cors
// with a stream body; clone() of a fetched response.
const http = require('http');
const t = (f) => { try { console.log('ok', f()); } catch (e) { console.log(e.constructor.name, JSON.stringify(e.message)); } };
t(() => new Request('http://x', { method: 'POST', body: new ReadableStream(), keepalive: true, duplex: 'half' }));
t(() => new Request('http://x', { method: 'POST', body: new ReadableStream(), mode: 'no-cors', duplex: 'half' }));
t(() => new Request('http://x', { method: 'POST', body: 'x', keepalive: true }).keepalive);
const server = http.createServer((req, res) => { req.on('data', () => {}); if (req.url === '/slow') return; req.on('end', () => res.end(req.method + ' ' + req.url)); });
server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const ac = new AbortController();
  let n = 0;
  const p = fetch(`${base}/up`, { method: 'POST', signal: ac.signal, duplex: 'half', body: new ReadableStream({ pull(c) { n++; if (n === 3) ac.abort(); if (n > 5) { c.close(); return; } c.enqueue(new Uint8Array(10)); return new Promise((r) => setTimeout(r, 5)); }, cancel(r) { console.log('source cancelled', r && r.name); } }) });
  try { await p; } catch (e) { console.log('upload abort', e.name, e.message); }
  let r = await fetch(`${base}/303`, { method: 'HEAD' }); console.log(r.status);
  const req = new Request(`${base}/r`, { method: 'PUT', body: 'x' });
  const ac2 = new AbortController(); ac2.abort();
  try { await fetch(req, { signal: ac2.signal }); } catch (e) { console.log('req+init signal', e.name); }
  try { await fetch(req, { method: 'POST' }); } catch (e) { console.log(e.name, e.message); }
  try { await fetch(req); } catch (e) { console.log(e.name, e.message); }
  r = await fetch(`${base}/clone`);
  const c = r.clone();
  console.log(await r.text(), await c.text());
  server.closeAllConnections();
  server.close(() => console.log("closed"));
});
