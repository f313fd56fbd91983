// Streaming both ways: a request body from a ReadableStream or an async
// generator (duplex: 'half', sent chunked), echoed back while it arrives;
// a response read chunk by chunk as the server writes it; a 2 MiB round
// trip; cancelling a response body; clone() of a streamed response.
const http = require('http');
const crypto = require('crypto');
let release;
const server = http.createServer((req, res) => {
  if (req.url === '/echo') {
    res.writeHead(200, { 'x-te': String(req.headers['transfer-encoding']), 'x-cl': String(req.headers['content-length']) });
    req.pipe(res);
    return;
  }
  if (req.url === '/ticks') {
    res.writeHead(200, { 'content-type': 'text/plain' });
    let i = 0;
    const next = () => {
      if (i === 3) { res.end('end'); return; }
      res.write(`tick${i++};`);
      release = next;
    };
    next();
    return;
  }
  if (req.url === '/big') {
    const hash = crypto.createHash('sha256');
    let n = 0;
    req.on('data', (d) => { hash.update(d); n += d.length; });
    req.on('end', () => res.end(`${n} ${hash.digest('hex').slice(0, 16)}`));
    return;
  }
  if (req.url === '/forever') {
    res.writeHead(200);
    const iv = setInterval(() => res.write('x'.repeat(1024)), 1);
    res.on('close', () => { clearInterval(iv); console.log('server saw close'); });
    return;
  }
  res.end('?');
});

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  // a request body from a ReadableStream: chunks pulled one at a time
  let pulls = 0;
  const body = new ReadableStream({
    pull(c) {
      pulls++;
      if (pulls > 3) c.close();
      else c.enqueue(new TextEncoder().encode(`chunk${pulls} `));
    },
  });
  let r = await fetch(`${base}/echo`, { method: 'POST', body, duplex: 'half' });
  console.log(r.headers.get('x-te'), r.headers.get('x-cl'), JSON.stringify(await r.text()));
  r = await fetch(`${base}/echo`, { method: 'PUT', body: (async function* () { yield 'gen '; yield new Uint8Array([65, 66]); yield Buffer.from(' buf'); })(), duplex: 'half' });
  console.log(r.headers.get('x-te'), JSON.stringify(await r.text()));
  // the response arrives piece by piece: each read waits for the next write
  r = await fetch(`${base}/ticks`);
  const reader = r.body.getReader();
  const dec = new TextDecoder();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    console.log('read', dec.decode(value), value instanceof Uint8Array);
    if (release) { const f = release; release = null; f(); }
  }
  // 2 MiB up, hashed by the server
  const big = Buffer.alloc(2 * 1024 * 1024);
  for (let i = 0; i < big.length; i++) big[i] = (i * 7) & 0xff;
  const expect = crypto.createHash('sha256').update(big).digest('hex').slice(0, 16);
  r = await fetch(`${base}/big`, { method: 'POST', body: big });
  console.log(await r.text(), expect);
  let sent = 0;
  r = await fetch(`${base}/big`, {
    method: 'POST',
    duplex: 'half',
    body: new ReadableStream({
      pull(c) {
        if (sent >= big.length) { c.close(); return; }
        c.enqueue(new Uint8Array(big.subarray(sent, sent + 65536)));
        sent += 65536;
      },
    }),
  });
  console.log(await r.text());
  // and 2 MiB down through the echo
  r = await fetch(`${base}/echo`, { method: 'POST', body: big });
  const back = new Uint8Array(await r.arrayBuffer());
  console.log(back.length, Buffer.compare(back, big) === 0);
  // clone of a streamed response: both branches see all of it
  r = await fetch(`${base}/echo`, { method: 'POST', body: 'twice over' });
  const c = r.clone();
  console.log(await c.text(), await r.text());
  // cancelling an endless body ends the connection
  r = await fetch(`${base}/forever`);
  const rd = r.body.getReader();
  const first = await rd.read();
  console.log('first chunk', first.value.length > 0);
  await rd.cancel('enough');
  console.log('cancelled', r.bodyUsed);
  // for await over the body
  r = await fetch(`${base}/echo`, { method: 'POST', body: 'iterated' });
  let all = '';
  for await (const chunk of r.body) all += dec.decode(chunk, { stream: true });
  console.log(all);
  server.close(() => console.log('closed'));
});
