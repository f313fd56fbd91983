// fetch's failures: `TypeError: fetch failed` with the cause (refused
// connection, a server that hangs up before answering or mid-body, a bad
// gzip body, a request body stream that errors), blocked ports, schemes
// fetch does not serve, invalid URLs and init, and errors thrown by Request.
const http = require('http');
const server = http.createServer((req, res) => {
  if (req.url === '/hangup') { req.socket.destroy(); return; }
  if (req.url === '/mid') {
    res.writeHead(200, { 'content-length': '100' });
    res.write('partial', () => setImmediate(() => req.socket.destroy()));
    return;
  }
  if (req.url === '/badgz') { res.writeHead(200, { 'content-encoding': 'gzip' }); res.end('not gzip at all'); return; }
  req.resume();
  req.on('end', () => res.end('ok'));
});
const cause = (c) => c && { name: c.name, message: c.message, code: c.code, keys: Object.keys(c) };
const show = (label, e) => console.log(label, e.constructor.name, e.name, JSON.stringify(e.message), cause(e.cause));

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  try { await fetch(`${base}/hangup`); } catch (e) { show('hangup', e); }
  const r = await fetch(`${base}/mid`);
  try { await r.text(); } catch (e) { show('mid-body', e); }
  const r2 = await fetch(`${base}/badgz`);
  try { await r2.text(); } catch (e) { show('bad gzip', e); }
  try {
    await fetch(`${base}/`, { method: 'POST', body: new ReadableStream({ pull(c) { c.error(new Error('src broke')); } }), duplex: 'half' });
  } catch (e) { show('body stream error', e); }
  try {
    await fetch(`${base}/`, { method: 'POST', body: (async function* () { yield 'a'; throw new Error('gen broke'); })(), duplex: 'half' });
  } catch (e) { show('body iterator error', e); }
  const closed = http.createServer();
  closed.listen(0, '127.0.0.1', () => {
    const port = closed.address().port;
    closed.close(async () => {
      try { await fetch(`http://127.0.0.1:${port}/`); } catch (e) {
        show('refused', { ...e, constructor: e.constructor, name: e.name, message: e.message, cause: { ...e.cause, message: e.cause.message.replace(String(port), 'PORT'), name: e.cause.name } });
        console.log(e.cause.syscall, e.cause.address, e.cause.port === port, e.cause instanceof Error);
      }
      for (const u of ['http://127.0.0.1:1/', 'http://127.0.0.1:25/', 'https://127.0.0.1:6000/', 'ftp://x/', 'ws://x/',
        'about:blank', 'file:///etc/passwd', 'blob:nodedata:missing', 'data:bad', 'data:;base64,%%%', 'foo', '', 'http://', 'http://u:p@x/']) {
        try { await fetch(u); console.log(u, 'no error'); } catch (e) { show(JSON.stringify(u), e); }
      }
      const bad = [
        [`${base}/`, { method: 'GET', body: 'a' }],
        [`${base}/`, { method: 'HEAD', body: 'a' }],
        [`${base}/`, { method: 'CONNECT' }],
        [`${base}/`, { method: 'bad method' }],
        [`${base}/`, { body: new ReadableStream(), method: 'POST' }],
        [`${base}/`, { headers: { 'bad name': 'x' } }],
        [`${base}/`, { headers: { a: 'b\r\nc' } }],
        [`${base}/`, { redirect: 'nope' }],
        [`${base}/`, { signal: {} }],
        [`${base}/`, { window: {} }],
        [`${base}/`, 7],
      ];
      for (const [u, init] of bad) {
        try { await fetch(u, init); console.log('no error'); } catch (e) { show('init', e); }
      }
      try { await fetch(); } catch (e) { show('no args', e); }
      try { await fetch({ toString() { return `${base}/tostring`; } }).then((x) => x.text()).then((t) => console.log('toString input', t)); } catch (e) { show('toString', e); }
      server.close(() => console.log('closed'));
    });
  });
});
