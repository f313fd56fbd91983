// Streaming bodies through the libraries: express piping a request into its
// response and a file into a response, axios uploading a stream and reading
// one, node-fetch posting a Readable and reading its body as a stream,
// ws's createWebSocketStream, all with checksums of the bytes.
import { createRequire } from 'node:module';
import { Readable, pipeline } from 'node:stream';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fetch from 'node-fetch';
const require = createRequire(import.meta.url);
const axios = require('axios');
const express = require('express');
const { WebSocketServer, WebSocket, createWebSocketStream } = require('ws');

const sha = (b) => createHash('sha256').update(b).digest('hex').slice(0, 16);
function source(n, seed) {
  let i = 0;
  return new Readable({
    read() {
      if (i >= n) return this.push(null);
      const c = Buffer.alloc(Math.min(16384, n - i));
      for (let k = 0; k < c.length; k++) c[k] = (i + k) * seed & 255;
      i += c.length;
      this.push(c);
    },
  });
}
async function collect(stream) {
  const chunks = [];
  for await (const c of stream) chunks.push(Buffer.from(c));
  return Buffer.concat(chunks);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accept-streams-'));
const file = path.join(dir, 'big.bin');
fs.writeFileSync(file, await collect(source(1 << 20, 7)));
console.log('file', sha(fs.readFileSync(file)));

const app = express();
app.post('/echo', (req, res) => { res.type('application/octet-stream'); req.pipe(res); });
app.get('/file', (req, res) => { res.type('application/octet-stream'); fs.createReadStream(file).pipe(res); });
app.post('/hash', (req, res) => {
  const h = createHash('sha256');
  pipeline(req, h, (err) => res.send(err ? 'error ' + err.code : h.digest('hex').slice(0, 16)));
});
const server = await new Promise((r) => { const s = app.listen(0, '127.0.0.1', () => r(s)); });
const base = `http://127.0.0.1:${server.address().port}`;

let r = await axios.post(base + '/echo', source(512 << 10, 3), { responseType: 'arraybuffer', headers: { 'content-type': 'application/octet-stream' } });
console.log('axios echo', r.data.length, sha(r.data));
r = await axios.get(base + '/file', { responseType: 'stream' });
console.log('axios file stream', sha(await collect(r.data)));
r = await axios.post(base + '/hash', fs.createReadStream(file), { headers: { 'content-type': 'application/octet-stream' } });
console.log('axios upload file', r.data);
let f = await fetch(base + '/echo', { method: 'POST', body: source(512 << 10, 5) });
console.log('fetch echo', sha(await collect(f.body)));
f = await fetch(base + '/hash', { method: 'POST', body: fs.createReadStream(file) });
console.log('fetch upload file', await f.text());

const wss = new WebSocketServer({ server });
wss.on('connection', (ws) => {
  const duplex = createWebSocketStream(ws);
  duplex.pipe(duplex);
});
const ws = new WebSocket(base.replace('http', 'ws'));
const duplex = createWebSocketStream(ws);
const sent = source(256 << 10, 11);
const got = [];
let n = 0;
duplex.on('data', (c) => { got.push(c); n += c.length; if (n === 256 << 10) duplex.end(); });
sent.pipe(duplex, { end: false });
await new Promise((res) => duplex.on('close', res).on('finish', res));
console.log('ws stream echo', n, sha(Buffer.concat(got)));
ws.terminate();
wss.close();
server.closeAllConnections();
server.close();
fs.rmSync(dir, { recursive: true });
console.log('done');
