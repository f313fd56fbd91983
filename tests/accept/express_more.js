'use strict';
// express, more of it: app.param, app.route, urlencoded and text bodies,
// sendFile, download, cookies, res.format, req's accessors, sendStatus,
// jsonp, attachment, a body written over time, an async handler's error.
const fs = require('fs');
const os = require('os');
const path = require('path');
const express = require('express');
const { request, pick } = require('./_client');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'accept-express2-'));
fs.writeFileSync(path.join(root, 'report.csv'), 'a,b\n1,2\n');
const app = express();
app.set('etag', false);
app.use(express.urlencoded({ extended: false }));
app.use(express.text());
app.param('user', (req, res, next, id) => { req.user = { id, name: 'u' + id }; next(); });
app.get('/u/:user', (req, res) => res.json(req.user));
app.route('/book').get((req, res) => res.send('get book')).post((req, res) => res.send('post book'));
app.post('/form', (req, res) => res.json(req.body));
app.post('/text', (req, res) => res.send(typeof req.body + ':' + req.body));
app.get('/file', (req, res) => res.sendFile(path.join(root, 'report.csv'), { lastModified: false, etag: false }));
app.get('/download', (req, res) => res.download(path.join(root, 'report.csv'), 'r.csv', { lastModified: false, etag: false }));
app.get('/cookie', (req, res) => res.cookie('a', 'b', { httpOnly: true, path: '/' }).cookie('c', 'd').send('ok'));
app.get('/format', (req, res) => res.format({ 'text/plain': () => res.send('text'), 'application/json': () => res.json({ j: 1 }), default: () => res.sendStatus(406) }));
app.get('/info', (req, res) => res.json({ ip: req.ip, host: req.hostname, proto: req.protocol, xhr: req.xhr, is: req.is('json'), acc: req.accepts(['html', 'json']), fresh: req.fresh, secure: req.secure, subdomains: req.subdomains, ips: req.ips, originalUrl: req.originalUrl }));
app.get('/status', (req, res) => res.sendStatus(418));
app.get('/jsonp', (req, res) => res.jsonp({ x: 1 }));
app.get('/attach', (req, res) => res.attachment('x y.pdf').send('pdf'));
app.get('/stream', (req, res) => { res.type('txt'); res.write('a'); setTimeout(() => { res.write('b'); res.end('c'); }, 5); });
app.get('/async', async (req, res) => { throw new Error('async boom'); });
app.use((err, req, res, next) => res.status(500).send('caught ' + err.message));
const server = app.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const steps = [
    ['GET', '/u/5'], ['GET', '/book'], ['POST', '/book'],
    ['POST', '/form', { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=1&b=x%20y&a=2' }],
    ['POST', '/text', { headers: { 'content-type': 'text/plain' }, body: 'hello text' }],
    ['GET', '/file'], ['GET', '/download'], ['GET', '/cookie'],
    ['GET', '/format', { headers: { accept: 'application/json' } }], ['GET', '/format', { headers: { accept: 'text/plain' } }], ['GET', '/format', { headers: { accept: 'image/png' } }],
    ['GET', '/info?q=1', { headers: { 'x-requested-with': 'XMLHttpRequest', accept: 'application/json' } }],
    ['GET', '/status'], ['GET', '/jsonp?callback=cb'], ['GET', '/attach'], ['GET', '/stream'], ['GET', '/async'],
  ];
  for (const [m, p, o] of steps) {
    const r = await request(port, m, p, o);
    console.log(m, p, r.status, JSON.stringify(pick(r.headers, 'content-type', 'content-length', 'content-disposition', 'set-cookie', 'transfer-encoding', 'vary')), JSON.stringify(r.body));
  }
  server.close(() => { fs.rmSync(root, { recursive: true }); console.log('closed'); });
});
