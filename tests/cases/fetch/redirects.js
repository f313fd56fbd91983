// fetch's redirects: 301/302/303 turn POST into GET and drop the body
// headers, 307/308 resend the body, relative and fragment-less Locations,
// redirect: 'manual' and 'error', at most 20 hops, cross-origin hops drop
// Authorization and Cookie, a Location to another scheme fails.
const http = require('http');
let log = [];
const handler = (name) => (req, res) => {
  let body = '';
  req.setEncoding('latin1');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    log.push(`${name} ${req.method} ${req.url} ct=${req.headers['content-type']} cl=${req.headers['content-length']} auth=${req.headers.authorization} cookie=${req.headers.cookie} body=${JSON.stringify(body)}`);
    const m = /^\/(\d{3})(?:\/(.*))?$/.exec(req.url);
    if (m) {
      res.writeHead(Number(m[1]), { Location: m[2] !== undefined ? decodeURIComponent(m[2]) : '/dest' });
      res.end('redirect body');
      return;
    }
    if (req.url.startsWith('/hop/')) {
      const n = Number(req.url.slice(5));
      res.writeHead(302, { Location: `/hop/${n + 1}` });
      res.end();
      return;
    }
    if (req.url === '/nolocation') { res.writeHead(302); res.end('no location'); return; }
    res.end(`${name} final ${req.method} ${req.url}`);
  });
};
const a = http.createServer(handler('A'));
const b = http.createServer(handler('B'));

async function run(label, url, init) {
  log = [];
  try {
    const r = await fetch(url, init);
    const text = await r.text();
    console.log(label, r.status, r.redirected, r.url.replace(/:\d+/, ':P'), r.type, JSON.stringify(text.replace(/:\d+/g, ':P')), r.headers.get('location')?.replace(/:\d+/g, ':P'));
  } catch (e) {
    console.log(label, e.name, e.message, e.cause && e.cause.message);
  }
  for (const l of log) console.log('  ', l.replace(/(:|%3A)\d+/g, ':P'));
}

a.listen(0, '127.0.0.1', () => b.listen(0, '127.0.0.1', async () => {
  const A = `http://127.0.0.1:${a.address().port}`;
  const B = `http://127.0.0.1:${b.address().port}`;
  for (const code of [301, 302, 303, 307, 308]) {
    await run(`POST ${code}`, `${A}/${code}`, { method: 'POST', body: 'payload', headers: { 'content-type': 'text/x' } });
    await run(`PUT ${code}`, `${A}/${code}`, { method: 'PUT', body: 'payload' });
    await run(`GET ${code}`, `${A}/${code}`);
  }
  await run('relative', `${A}/302/${encodeURIComponent('../x/./y?z=1')}`);
  await run('fragment kept', `${A}/302#frag`);
  await run('fragment new', `${A}/302/${encodeURIComponent('/dest#other')}`);
  await run('manual', `${A}/301`, { redirect: 'manual' });
  await run('error', `${A}/301`, { redirect: 'error' });
  await run('no location', `${A}/nolocation`, { redirect: 'error' });
  await run('20 hops', `${A}/hop/1`.replace('/hop/1', '/hop/1'), {});
  await run('cross origin', `${A}/307/${encodeURIComponent(`${B}/dest`)}`, { method: 'POST', body: 'x', headers: { authorization: 'Bearer t', cookie: 'c=1' } });
  await run('same origin keeps', `${A}/307`, { method: 'POST', body: 'x', headers: { authorization: 'Bearer t', cookie: 'c=1' } });
  await run('other scheme', `${A}/302/${encodeURIComponent('ftp://x/')}`);
  await run('data scheme', `${A}/302/${encodeURIComponent('data:,hi')}`);
  await run('stream body 307', `${A}/307`, { method: 'POST', body: new ReadableStream({ start(c) { c.enqueue(new Uint8Array([97])); c.close(); } }), duplex: 'half' });
  await run('stream body 303', `${A}/303`, { method: 'POST', body: new ReadableStream({ start(c) { c.enqueue(new Uint8Array([97])); c.close(); } }), duplex: 'half' });
  a.close(); b.close();
}));
