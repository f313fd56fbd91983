'use strict';
// fastify, more of it: decorators, hooks in order, a custom error handler
// and content-type parser, response serialization by schema, query
// coercion, streams, buffers, redirects, scoped plugins, HEAD, inject's chain.
const Fastify = require('fastify');
const { Readable } = require('stream');
const { request, pick } = require('./_client');
const app = Fastify();
const log = [];
app.decorate('greet', (n) => 'hi ' + n);
app.decorateRequest('who', null);
app.addHook('preHandler', async (req) => { req.who = req.headers['x-who'] || 'anon'; log.push('preHandler'); });
app.addHook('onSend', async (req, reply, payload) => { log.push('onSend'); return payload; });
app.addHook('onResponse', async () => { log.push('onResponse'); });
app.setErrorHandler((err, req, reply) => { reply.code(err.statusCode || 500).send({ custom: err.message }); });
app.addContentTypeParser('text/csv', { parseAs: 'string' }, (req, body, done) => done(null, body.split(',')));
app.get('/greet', async (req) => app.greet(req.who));
app.get('/ser', { schema: { response: { 200: { type: 'object', properties: { keep: { type: 'string' }, n: { type: 'integer' } } } } } }, async () => ({ keep: 'yes', drop: 'no', n: '42' }));
app.post('/csv', async (req) => ({ cols: req.body }));
app.get('/stream', (req, reply) => { reply.type('text/plain').send(Readable.from(['x', 'y', 'z'])); });
app.get('/buffer', (req, reply) => { reply.send(Buffer.from('raw')); });
app.get('/redir', (req, reply) => reply.redirect('/greet'));
app.get('/err', async () => { const e = new Error('teapot'); e.statusCode = 418; throw e; });
app.get('/q', { schema: { querystring: { type: 'object', properties: { n: { type: 'integer' } } } } }, async (req) => ({ n: req.query.n, t: typeof req.query.n }));
app.get('/hdr', async (req, reply) => { reply.header('x-a', '1').headers({ 'x-b': '2' }); return 'h'; });
app.register(async (inst) => {
  inst.addHook('onRequest', async (req, reply) => { reply.header('x-scoped', 'yes'); });
  inst.get('/s', async () => 'scoped');
}, { prefix: '/scope' });
(async () => {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = app.server.address().port;
  const steps = [
    ['GET', '/greet', { headers: { 'x-who': 'bob' } }], ['GET', '/ser'],
    ['POST', '/csv', { headers: { 'content-type': 'text/csv' }, body: 'a,b,c' }],
    ['POST', '/csv', { headers: { 'content-type': 'application/xml' }, body: '<a/>' }],
    ['GET', '/stream'], ['GET', '/buffer'], ['GET', '/redir'], ['GET', '/err'], ['GET', '/q?n=7'], ['GET', '/q?n=x'],
    ['GET', '/hdr'], ['HEAD', '/greet'], ['GET', '/scope/s'], ['OPTIONS', '/greet'],
  ];
  for (const [m, p, o] of steps) {
    const r = await request(port, m, p, o);
    console.log(m, p, r.status, JSON.stringify(pick(r.headers, 'content-type', 'content-length', 'location', 'x-a', 'x-b', 'x-scoped', 'transfer-encoding')), JSON.stringify(r.body));
  }
  const inj = await app.inject().get('/greet').headers({ 'x-who': 'chain' }).end();
  console.log('inject chain', inj.statusCode, inj.body);
  console.log(log.slice(0, 6).join(','));
  await app.close();
  console.log('closed');
})();
