'use strict';
// axios (its node http adapter) against a local server: JSON in and out,
// params, headers, auth, redirects, gzip, error statuses, a stream
// response, a timeout and an AbortController.
const axios = require('axios');
const { start } = require('./_server');

(async () => {
  const server = await start();
  const base = `http://127.0.0.1:${server.address().port}`;
  const api = axios.create({ baseURL: base, headers: { 'x-req': 'from-instance' } });
  const show = (name, r) => console.log(name, r.status, r.headers['content-type'], JSON.stringify(r.data));
  try {
    show('get', await api.get('/echo', { params: { a: 1, b: 'x y' } }));
    show('post', await api.post('/echo', { hello: 'world', n: [1, 2] }));
    show('put form', await api.put('/echo', 'a=1&b=2', { headers: { 'content-type': 'application/x-www-form-urlencoded' } }));
    show('auth', await api.get('/echo', { auth: { username: 'user', password: 'pass' } }));
    show('redirect', await api.get('/redirect'));
    show('gzip', await api.get('/gzip'));
    const s = await api.get('/stream', { responseType: 'stream' });
    let total = 0;
    for await (const c of s.data) total += c.length;
    console.log('stream', s.status, total);
    const buf = await api.get('/stream', { responseType: 'arraybuffer' });
    console.log('arraybuffer', Buffer.isBuffer(buf.data), buf.data.length, buf.data[4999]);
    try { await api.get('/status?code=404'); } catch (e) {
      console.log('404', e.name, e.code, e.response.status, JSON.stringify(e.response.data), e.message);
    }
    try { await api.get('/status?code=503'); } catch (e) {
      console.log('503', e.code, e.response.status);
    }
    show('validateStatus', await api.get('/status?code=500', { validateStatus: () => true }));
    try { await api.get('/slow', { timeout: 100 }); } catch (e) {
      console.log('timeout', e.code, e.message);
    }
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 50);
    try { await api.get('/slow', { signal: ac.signal }); } catch (e) {
      console.log('abort', e.name, e.code, axios.isCancel(e));
    }
    try { await axios.get('http://127.0.0.1:1/'); } catch (e) {
      console.log('refused', e.code);
    }
  } catch (e) {
    console.log('unexpected', e);
  }
  server.closeAllConnections();
  server.close(() => console.log('closed'));
})();
