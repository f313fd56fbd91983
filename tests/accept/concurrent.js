'use strict';
// Many requests at once: express and fastify servers, axios and node:http
// clients through keep-alive agents with fewer sockets than requests, bodies
// in both directions; every response must match its request.
const http = require('http');
const express = require('express');
const Fastify = require('fastify');
const axios = require('axios');

async function check(name, port, client) {
  const n = 60;
  const results = await Promise.all(Array.from({ length: n }, (_, i) => client(port, i)));
  const bad = results.filter((r, i) => r !== `echo ${i} ${'x'.repeat(i % 50)}`);
  console.log(name, 'responses', results.length, 'mismatched', bad.length);
}

function httpClient(agent) {
  return (port, i) => new Promise((resolve, reject) => {
    const body = JSON.stringify({ i, pad: 'x'.repeat(i % 50) });
    const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: `/echo/${i}`, agent,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      let s = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { s += c; });
      res.on('end', () => resolve(s));
    });
    req.on('error', reject);
    req.end(body);
  });
}

(async () => {
  const app = express();
  app.use(express.json());
  app.post('/echo/:i', (req, res) => {
    setTimeout(() => res.send(`echo ${req.params.i} ${req.body.pad}`), req.body.i % 7);
  });
  const es = await new Promise((r) => { const s = app.listen(0, '127.0.0.1', () => r(s)); });

  const f = Fastify();
  f.post('/echo/:i', async (req) => {
    await new Promise((r) => setTimeout(r, req.body.i % 5));
    return `echo ${req.params.i} ${req.body.pad}`;
  });
  await f.listen({ port: 0, host: '127.0.0.1' });

  const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
  const ax = axios.create({ httpAgent: agent });
  const axClient = async (port, i) => (await ax.post(`http://127.0.0.1:${port}/echo/${i}`, { i, pad: 'x'.repeat(i % 50) }, { responseType: 'text' })).data;

  await check('express+http', es.address().port, httpClient(agent));
  await check('express+axios', es.address().port, axClient);
  await check('fastify+http', f.server.address().port, httpClient(new http.Agent({ keepAlive: true, maxSockets: 5, scheduling: 'fifo' })));
  await check('fastify+axios', f.server.address().port, axClient);
  await check('express+noagent', es.address().port, httpClient(false));
  agent.destroy();
  es.close();
  await f.close();
  console.log('done');
})().catch((e) => { console.log('error', e); process.exitCode = 1; });
