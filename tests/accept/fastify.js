'use strict';
// fastify: routes (params, querystring, JSON body with a schema, hooks,
// errors, 404), inject() without a socket, and the same over a real request.
const Fastify = require('fastify');
const { request, pick } = require('./_client');

const app = Fastify({ logger: false });
app.addHook('onRequest', async (req, reply) => { reply.header('x-hook', 'on'); });
app.get('/', async () => ({ hello: 'world' }));
app.get('/users/:id', async (req) => ({ id: req.params.id, q: req.query }));
app.post('/sum', {
  schema: {
    body: { type: 'object', required: ['a', 'b'], properties: { a: { type: 'number' }, b: { type: 'number' } } },
  },
}, async (req, reply) => { reply.code(201); return { sum: req.body.a + req.body.b }; });
app.get('/text', (req, reply) => { reply.type('text/plain').send('plain text'); });
app.get('/boom', async () => { throw new Error('boom'); });
app.register(async (child) => {
  child.get('/ping', async () => 'pong');
}, { prefix: '/api' });

function show(how, method, url, r) {
  console.log(how, method, url, r.status,
    JSON.stringify(pick(r.headers, 'content-type', 'content-length', 'x-hook')), JSON.stringify(r.body));
}

const steps = [
  ['GET', '/'],
  ['GET', '/users/9?x=1'],
  ['POST', '/sum', { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ a: 2, b: 40 }) }],
  ['POST', '/sum', { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ a: 'x' }) }],
  ['POST', '/sum', { headers: { 'content-type': 'application/json' }, body: '{nope' }],
  ['GET', '/text'],
  ['GET', '/boom'],
  ['GET', '/api/ping'],
  ['GET', '/missing'],
];

(async () => {
  for (const [method, url, opts = {}] of steps) {
    const r = await app.inject({ method, url, headers: opts.headers, payload: opts.body });
    show('inject', method, url, { status: r.statusCode, headers: r.headers, body: r.body });
  }
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = app.server.address().port;
  for (const [method, url, opts] of steps) {
    show('http', method, url, await request(port, method, url, opts));
  }
  await app.close();
  console.log('closed');
})().catch((e) => { console.log('error', e); process.exitCode = 1; });
