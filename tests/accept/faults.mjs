// Faults seen through the libraries: a server that resets mid-response or
// sends a truncated body, a client that aborts mid-upload (express sees
// 'aborted'/'close'), a ws client terminated abruptly, a ws upgrade refused.
import http from 'node:http';
import { createRequire } from 'node:module';
import fetch from 'node-fetch';
const require = createRequire(import.meta.url);
const axios = require('axios');
const express = require('express');
const { WebSocketServer, WebSocket } = require('ws');

const raw = http.createServer((req, res) => {
  if (req.url === '/reset') {
    res.writeHead(200, { 'content-length': 100 });
    res.write('partial');
    setTimeout(() => req.socket.destroy(), 10);
  } else if (req.url === '/short') {
    req.socket.end('HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\nonly this');
  } else if (req.url === '/garbage') {
    req.socket.end('NOT HTTP AT ALL\r\n\r\n');
  }
});
await new Promise((r) => raw.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${raw.address().port}`;

for (const p of ['/reset', '/short', '/garbage']) {
  try { await axios.get(base + p); console.log('axios', p, 'no error'); } catch (e) {
    console.log('axios', p, e.code, e.message);
  }
  try { const r = await fetch(base + p); await r.text(); console.log('fetch', p, 'no error'); } catch (e) {
    console.log('fetch', p, e.name, e.code, e.type);
  }
}

const app = express();
const seen = [];
app.post('/upload', (req, res) => {
  let got = 0;
  req.on('data', (c) => { got += c.length; });
  req.on('aborted', () => seen.push('aborted'));
  req.on('error', (e) => seen.push('req error ' + e.code));
  res.on('close', () => { seen.push('res close, finished ' + res.writableFinished + ', got some ' + (got > 0)); report(); });
});
let report;
const done = new Promise((r) => { report = r; });
const es = await new Promise((r) => { const s = app.listen(0, '127.0.0.1', () => r(s)); });
const creq = http.request({ host: '127.0.0.1', port: es.address().port, method: 'POST', path: '/upload', headers: { 'content-length': 1000000 } });
let clientSaw = '';
creq.on('error', (e) => { clientSaw = e.code; });
creq.write(Buffer.alloc(1000, 1));
setTimeout(() => creq.destroy(), 50);
await done;
await new Promise((r) => setTimeout(r, 20));
// The two ends' events are printed apart: their relative order is a race.
console.log('express upload:', seen.join('; '));
console.log('client:', clientSaw);

const server = http.createServer();
const wss = new WebSocketServer({ noServer: true });
server.on('upgrade', (req, socket, head) => {
  if (req.url === '/deny') {
    socket.end('HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n');
    return;
  }
  wss.handleUpgrade(req, socket, head, (ws) => {
    ws.on('close', (code) => wsDone(code));
  });
});
let wsDone;
const wsClosed = new Promise((r) => { wsDone = r; });
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const wsBase = `ws://127.0.0.1:${server.address().port}`;
await new Promise((resolve) => {
  const denied = new WebSocket(wsBase + '/deny');
  denied.on('error', (e) => console.log('ws denied:', e.message));
  denied.on('close', (code) => { console.log('ws denied close', code); resolve(); });
});
const c = new WebSocket(wsBase + '/ok');
c.on('open', () => c.terminate());
const clientClosed = new Promise((r) => c.on('close', r));
console.log('ws client close', await clientClosed);
console.log('ws server saw close', await wsClosed);
wss.close();
server.close();
es.close();
raw.close();
console.log('done');
