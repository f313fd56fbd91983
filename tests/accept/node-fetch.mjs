// node-fetch (v3, an ES module) against a local server: text and JSON,
// a posted body, Headers, redirects (follow and manual), gzip, a streamed
// body, error statuses, an AbortController and a refused connection.
import fetch, { Headers, Request, Response, FetchError, AbortError } from 'node-fetch';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { start } = require('./_server.js');

const server = await start();
const base = `http://127.0.0.1:${server.address().port}`;
try {
  let r = await fetch(`${base}/echo?x=1`, { headers: { 'x-req': 'nf' } });
  console.log('get', r.status, r.ok, r.statusText, r.headers.get('content-type'), r.headers.get('x-custom'), await r.text());
  r = await fetch(`${base}/echo`, { method: 'POST', body: JSON.stringify({ a: 1 }), headers: new Headers({ 'content-type': 'application/json' }) });
  console.log('post', r.status, JSON.stringify(await r.json()));
  r = await fetch(new Request(`${base}/echo`, { method: 'PUT', body: 'raw body' }));
  console.log('request object', (await r.json()).body);
  r = await fetch(`${base}/redirect`);
  console.log('redirect', r.status, r.redirected, r.url.replace(base, ''), (await r.json()).url);
  r = await fetch(`${base}/redirect`, { redirect: 'manual' });
  console.log('manual', r.status, r.headers.get('location').replace(base, ''));
  r = await fetch(`${base}/gzip`);
  console.log('gzip', (await r.text()).length);
  r = await fetch(`${base}/stream`);
  let total = 0;
  for await (const c of r.body) total += c.length;
  console.log('stream', total);
  r = await fetch(`${base}/stream`);
  const ab = await r.arrayBuffer();
  console.log('arrayBuffer', ab.byteLength, new Uint8Array(ab)[4999]);
  r = await fetch(`${base}/status?code=418`);
  console.log('418', r.status, r.ok, await r.text());
  const ac = new AbortController();
  setTimeout(() => ac.abort(), 50);
  try { await fetch(`${base}/slow`, { signal: ac.signal }); } catch (e) {
    console.log('abort', e.name, e instanceof AbortError, e.type);
  }
  try { await fetch('http://127.0.0.1:1/'); } catch (e) {
    console.log('refused', e.name, e instanceof FetchError, e.type, e.code);
  }
  const made = new Response('made here', { status: 201, headers: { a: 'b' } });
  console.log('response', made.status, made.headers.get('a'), await made.text());
} catch (e) {
  console.log('unexpected', e);
}
server.closeAllConnections();
server.close(() => console.log('closed'));
