// A forwarding proxy written the classic way (http.request to the upstream,
// each side piped into the other) and a CONNECT tunnel, used by axios's
// proxy option and by node:http with an absolute URL and by a CONNECT
// client; the upstream is express.
import http from 'node:http';
import net from 'node:net';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const axios = require('axios');
const express = require('express');

const app = express();
app.use(express.text({ type: '*/*' }));
app.all('/*splat', (req, res) => res.json({ method: req.method, url: req.originalUrl, body: req.body || null, via: req.get('x-via') || null }));
const up = await new Promise((r) => { const s = app.listen(0, '127.0.0.1', () => r(s)); });
const upPort = up.address().port;

const proxy = http.createServer((req, res) => {
  const target = new URL(req.url);
  const preq = http.request({ host: target.hostname, port: target.port, method: req.method, path: target.pathname + target.search,
    headers: { ...req.headers, 'x-via': 'proxy' } }, (pres) => {
    res.writeHead(pres.statusCode, pres.headers);
    pres.pipe(res);
  });
  preq.on('error', (e) => { res.writeHead(502); res.end(e.code); });
  req.pipe(preq);
});
proxy.on('connect', (req, socket, head) => {
  const [host, port] = req.url.split(':');
  const upstream = net.connect(Number(port), host, () => {
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    upstream.write(head);
    upstream.pipe(socket);
    socket.pipe(upstream);
  });
  upstream.on('error', () => socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n'));
});
await new Promise((r) => proxy.listen(0, '127.0.0.1', r));
const pPort = proxy.address().port;

const ax = await axios.post(`http://127.0.0.1:${upPort}/a/b?c=1`, 'payload', { proxy: { host: '127.0.0.1', port: pPort, protocol: 'http' }, headers: { 'content-type': 'text/plain' } });
console.log('axios via proxy', ax.status, JSON.stringify(ax.data));

const viaHttp = await new Promise((resolve) => {
  http.get({ host: '127.0.0.1', port: pPort, path: `http://127.0.0.1:${upPort}/plain` }, (res) => {
    let s = ''; res.setEncoding('utf8'); res.on('data', (c) => { s += c; }); res.on('end', () => resolve(res.statusCode + ' ' + s));
  });
});
console.log('http via proxy', viaHttp);

const tunneled = await new Promise((resolve) => {
  const req = http.request({ host: '127.0.0.1', port: pPort, method: 'CONNECT', path: `127.0.0.1:${upPort}` });
  req.on('connect', (res, socket) => {
    console.log('CONNECT', res.statusCode, res.statusMessage);
    http.get({ host: '127.0.0.1', path: '/tunneled', createConnection: () => socket }, (r) => {
      let s = ''; r.setEncoding('utf8'); r.on('data', (c) => { s += c; }); r.on('end', () => { resolve(r.statusCode + ' ' + s); socket.destroy(); });
    });
  });
  req.end();
});
console.log('tunneled', tunneled);

const bad = await new Promise((resolve) => {
  http.get({ host: '127.0.0.1', port: pPort, path: 'http://127.0.0.1:1/x' }, (res) => {
    let s = ''; res.on('data', (c) => { s += c; }); res.on('end', () => resolve(res.statusCode + ' ' + s));
  });
});
console.log('bad upstream', bad);
proxy.closeAllConnections();
proxy.close();
up.closeAllConnections();
up.close();
console.log('done');
