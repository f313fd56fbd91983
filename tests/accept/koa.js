'use strict';
// koa: middleware cascade, ctx.status/body/type, a streamed body, a
// hand-read request body, errors via ctx.throw and app 'error'.
const Koa = require('koa');
const { Readable } = require('stream');
const { request, pick } = require('./_client');

const app = new Koa();
app.silent = true;
const order = [];
app.use(async (ctx, next) => {
  order.push('a>');
  await next();
  order.push('<a');
  ctx.set('X-Order', order.join(' '));
  order.length = 0;
});
app.use(async (ctx, next) => {
  order.push('b>');
  try { await next(); } catch (err) {
    ctx.status = err.status || 500;
    ctx.body = { error: err.message, expose: err.expose };
  }
  order.push('<b');
});
app.use(async (ctx) => {
  switch (ctx.path) {
    case '/': ctx.body = 'hello koa'; break;
    case '/json': ctx.body = { method: ctx.method, q: ctx.query, ua: ctx.get('x-ua') }; break;
    case '/stream': ctx.type = 'text/plain'; ctx.body = Readable.from(['a', 'b', 'c']); break;
    case '/buf': ctx.body = Buffer.from('bytes!'); break;
    case '/echo': {
      const chunks = [];
      for await (const c of ctx.req) chunks.push(c);
      ctx.status = 202;
      ctx.body = { len: Buffer.concat(chunks).length, text: Buffer.concat(chunks).toString() };
      break;
    }
    case '/forbidden': ctx.throw(403, 'no entry'); break;
    case '/crash': throw new Error('crash');
    case '/redirect': ctx.redirect('/json'); break;
    case '/empty': ctx.status = 204; break;
    default: // 404 by default
  }
});

const server = app.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const steps = [
    ['GET', '/'],
    ['GET', '/json?a=1&a=2', { headers: { 'x-ua': 'test' } }],
    ['DELETE', '/json'],
    ['GET', '/stream'],
    ['GET', '/buf'],
    ['POST', '/echo', { body: 'some request body' }],
    ['GET', '/forbidden'],
    ['GET', '/crash'],
    ['GET', '/redirect'],
    ['GET', '/empty'],
    ['GET', '/nothing'],
  ];
  for (const [method, p, opts] of steps) {
    const r = await request(port, method, p, opts);
    console.log(method, p, r.status,
      JSON.stringify(pick(r.headers, 'content-type', 'content-length', 'transfer-encoding', 'location', 'x-order')),
      JSON.stringify(r.body));
  }
  server.close(() => console.log('closed'));
});
