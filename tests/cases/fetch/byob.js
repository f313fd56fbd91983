// BYOB readers over bodies: a string Response, a fetched body, a Blob body.
const http = require('http');
const s = http.createServer((req, res) => res.end('0123456789abcdef'));
s.listen(0, '127.0.0.1', async () => {
  for (const r of [new Response('hello byob'), await fetch(`http://127.0.0.1:${s.address().port}/`), new Response(new Blob(['blob bytes']))]) {
    const reader = r.body.getReader({ mode: 'byob' });
    let out = '';
    for (;;) {
      const { done, value } = await reader.read(new Uint8Array(4));
      if (done) break;
      out += Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString() + '|';
    }
    console.log(out, r.bodyUsed);
  }
  s.close();
});
