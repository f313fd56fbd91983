// https with a CA and a server certificate for 127.0.0.1 that the test
// writes beside this script (tls-ca.pem, tls-cert.pem, tls-key.pem): an
// express app on https.createServer, node:https, axios and node-fetch
// trusting the CA, wss through ws, and the refusal of an untrusted
// certificate.
import https from 'node:https';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import fetch from 'node-fetch';
const require = createRequire(import.meta.url);
const axios = require('axios');
const express = require('express');
const { WebSocketServer, WebSocket } = require('ws');

const ca = fs.readFileSync(new URL('./tls-ca.pem', import.meta.url));
const app = express();
app.get('/hello', (req, res) => res.json({ secure: req.secure, protocol: req.protocol, encrypted: !!req.socket.encrypted }));
const server = https.createServer({
  key: fs.readFileSync(new URL('./tls-key.pem', import.meta.url)),
  cert: fs.readFileSync(new URL('./tls-cert.pem', import.meta.url)),
}, app);
const wss = new WebSocketServer({ server });
wss.on('connection', (ws) => ws.on('message', (m) => ws.send('secure echo: ' + m)));
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `https://127.0.0.1:${server.address().port}`;
const agent = new https.Agent({ ca, keepAlive: true });

const viaHttps = await new Promise((resolve, reject) => {
  https.get(base + '/hello', { agent }, (res) => {
    const { authorized } = res.socket;
    let s = '';
    res.setEncoding('utf8');
    res.on('data', (c) => { s += c; });
    res.on('end', () => resolve(`${res.statusCode} ${authorized} ${s}`));
  }).on('error', reject);
});
console.log('https.get', viaHttps);
const ax = await axios.get(base + '/hello', { httpsAgent: agent });
console.log('axios', ax.status, JSON.stringify(ax.data));
const f = await fetch(base + '/hello', { agent });
console.log('node-fetch', f.status, await f.text());
const echoed = await new Promise((resolve, reject) => {
  const ws = new WebSocket(base.replace('https', 'wss'), { ca });
  ws.on('open', () => ws.send('hi'));
  ws.on('message', (m) => { resolve(String(m)); ws.close(); });
  ws.on('error', reject);
});
console.log('wss', echoed);
try { await axios.get(base + '/hello'); } catch (e) { console.log('untrusted axios', e.code); }
try { await fetch(base + '/hello'); } catch (e) { console.log('untrusted fetch', e.name, e.code); }
agent.destroy();
wss.close();
server.closeAllConnections();
server.close(() => console.log('closed'));
