// axios's decoders (brotli, deflate, decompress: false, a latin1 body),
// maxContentLength, a chunked body with trailers; a ws server broadcasting
// to three clients.
import http from 'node:http';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const axios = require('axios');
const { WebSocketServer, WebSocket } = require('ws');
const s = http.createServer((req, res) => {
  if (req.url === '/br') { res.writeHead(200, { 'content-encoding': 'br', 'content-type': 'text/plain; charset=utf-8' }); res.end(zlib.brotliCompressSync('brötli '.repeat(10))); }
  else if (req.url === '/deflate') { res.writeHead(200, { 'content-encoding': 'deflate' }); res.end(zlib.deflateSync('deflated')); }
  else if (req.url === '/latin1') { res.writeHead(200, { 'content-type': 'text/plain; charset=latin1' }); res.end(Buffer.from([0x63, 0x61, 0x66, 0xe9])); }
  else if (req.url === '/big') { res.end(Buffer.alloc(5000, 'a')); }
  else if (req.url === '/chunked') { res.write('a'); res.write('b'); res.addTrailers({ 'x-t': '1' }); res.end(); }
  else res.end('?');
});
const wss = new WebSocketServer({ server: s, clientTracking: true });
wss.on('connection', (ws) => ws.on('message', (m) => { for (const c of wss.clients) c.send(`${m}`); }));
await new Promise((r) => s.listen(0, '127.0.0.1', r));
const b = `http://127.0.0.1:${s.address().port}`;
console.log((await axios.get(b + '/br')).data);
console.log((await axios.get(b + '/deflate')).data);
console.log(JSON.stringify((await axios.get(b + '/br', { decompress: false, responseType: 'arraybuffer' })).data.length));
console.log((await axios.get(b + '/latin1', { responseType: 'text', responseEncoding: 'latin1' })).data);
try { await axios.get(b + '/big', { maxContentLength: 1000 }); } catch (e) { console.log(e.code, e.message); }
console.log((await axios.get(b + '/chunked')).data);
const clients = await Promise.all([1, 2, 3].map(() => new Promise((r) => { const c = new WebSocket(b.replace('http', 'ws')); c.on('open', () => r(c)); })));
const got = await Promise.all(clients.map((c, i) => new Promise((r) => { const msgs = []; c.on('message', (m) => { msgs.push(String(m)); if (msgs.length === 3) r(msgs.sort().join(',')); }); })).concat(clients.map((c, i) => c.send('m' + i)).slice(0, 0)));
console.log('broadcast', got);
for (const c of clients) c.close();
wss.close(); s.close();
