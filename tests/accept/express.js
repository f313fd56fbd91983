'use strict';
// express: routing (params, query, methods, 404, error middleware), a JSON
// body, and static files, each over a real request to itself.
const fs = require('fs');
const os = require('os');
const path = require('path');
const express = require('express');
const { request, pick } = require('./_client');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'accept-express-'));
fs.writeFileSync(path.join(root, 'hello.txt'), 'hello from a static file\n');
fs.mkdirSync(path.join(root, 'sub'));
fs.writeFileSync(path.join(root, 'sub', 'index.html'), '<p>index</p>\n');
fs.writeFileSync(path.join(root, 'data.json'), JSON.stringify({ a: 1 }));

const app = express();
app.disable('etag');
app.use(express.json());
app.use('/static', express.static(root, { lastModified: false, etag: false }));

app.get('/', (req, res) => res.send('root'));
app.get('/users/:id', (req, res) => res.json({ id: req.params.id, q: req.query }));
app.post('/echo', (req, res) => res.status(201).json({ got: req.body, type: req.get('content-type') }));
app.put('/items/:a/:b', (req, res) => res.type('text/plain').send(`${req.params.a}+${req.params.b}`));
const router = express.Router();
router.get('/ping', (req, res) => res.set('X-Router', 'yes').send('pong'));
app.use('/api', router);
app.get('/boom', () => { throw new Error('boom'); });
app.get('/redirect', (req, res) => res.redirect('/users/7'));
app.use((req, res) => res.status(404).send('nope: ' + req.path));
app.use((err, req, res, next) => res.status(err.status || 500).json({ error: err.type || err.message }));

const server = app.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  try {
    const steps = [
      ['GET', '/'],
      ['GET', '/users/42?x=1&y=two'],
      ['POST', '/echo', { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ n: [1, 2, 3], s: 'é' }) }],
      ['POST', '/echo', { headers: { 'content-type': 'application/json' }, body: '{bad json' }],
      ['PUT', '/items/x/y'],
      ['GET', '/api/ping'],
      ['GET', '/boom'],
      ['GET', '/redirect'],
      ['GET', '/missing'],
      ['GET', '/static/hello.txt'],
      ['GET', '/static/sub/'],
      ['GET', '/static/sub'],
      ['GET', '/static/data.json'],
      ['HEAD', '/static/hello.txt'],
      ['GET', '/static/nothere.txt'],
      ['GET', '/static/hello.txt', { headers: { range: 'bytes=0-4' } }],
    ];
    for (const [method, p, opts] of steps) {
      const r = await request(port, method, p, opts);
      let body = r.body;
      if (r.status === 400) body = body.includes('SyntaxError') || body.includes('Bad Request') ? '<bad request page>' : body;
      console.log(method, p, r.status,
        JSON.stringify(pick(r.headers, 'content-type', 'content-length', 'location', 'x-router', 'content-range', 'accept-ranges', 'transfer-encoding')),
        JSON.stringify(body));
    }
  } catch (e) {
    console.log('error', e);
  } finally {
    server.close(() => {
      fs.rmSync(root, { recursive: true, force: true });
      console.log('closed');
    });
  }
});
