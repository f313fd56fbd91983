// fetch and AbortSignal: aborted before the call, while waiting for the
// response headers, while the body streams (read or not yet read), with a
// custom reason, AbortSignal.timeout, and an abort after completion.
const http = require('http');
let held = [];
const server = http.createServer((req, res) => {
  if (req.url === '/hang') { held.push(res); return; }
  if (req.url === '/partial') { res.writeHead(200, { 'content-length': '100' }); res.write('partial'); held.push(res); return; }
  res.end('done');
});
const desc = (e) => [e.name, e.constructor.name, e.message, e.code, e instanceof DOMException, e.cause];

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  try { await fetch(`${base}/`, { signal: AbortSignal.abort() }); } catch (e) { console.log('pre', desc(e)); }
  try { await fetch(`${base}/`, { signal: AbortSignal.abort('why') }); } catch (e) { console.log('pre reason', e); }
  try { await fetch(`${base}/`, { signal: AbortSignal.abort(new RangeError('r')) }); } catch (e) { console.log('pre error', e.name, e.message); }
  try { await fetch(new Request(`${base}/`, { signal: AbortSignal.abort() })); } catch (e) { console.log('pre via Request', desc(e)); }
  {
    const ac = new AbortController();
    server.once('request', () => setImmediate(() => ac.abort()));
    try { await fetch(`${base}/hang`, { signal: ac.signal }); } catch (e) { console.log('headers', desc(e)); }
  }
  {
    const ac = new AbortController();
    const r = await fetch(`${base}/partial`, { signal: ac.signal });
    console.log('got', r.status);
    ac.abort();
    try { await r.text(); } catch (e) { console.log('unread body', desc(e)); }
    console.log(r.bodyUsed);
  }
  {
    const ac = new AbortController();
    const r = await fetch(`${base}/partial`, { signal: ac.signal });
    const reader = r.body.getReader();
    console.log('read', new TextDecoder().decode((await reader.read()).value));
    ac.abort(new Error('mine'));
    try { await reader.read(); } catch (e) { console.log('reading body', e.name, e.message); }
  }
  {
    const ac = new AbortController();
    const p = fetch(`${base}/partial`, { signal: ac.signal }).then((r) => r.text());
    server.once('request', () => setTimeout(() => ac.abort(), 50));
    try { await p; } catch (e) { console.log('during text()', desc(e)); }
  }
  try { await fetch(`${base}/hang`, { signal: AbortSignal.timeout(30) }); } catch (e) { console.log('timeout', desc(e)); }
  {
    const ac = new AbortController();
    const r = await fetch(`${base}/`, { signal: ac.signal });
    console.log(await r.text());
    ac.abort();
    console.log('after', r.bodyUsed, ac.signal.aborted);
  }
  for (const res of held) res.destroy();
  server.close(() => console.log('closed'));
});
