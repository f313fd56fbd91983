// fetch over https: a server with a certificate no root vouches for fails
// with the TLS verification error as the cause; with verification turned
// off through NODE_TLS_REJECT_UNAUTHORIZED it answers (br is offered too).
// The key and certificate are agent1's from Node's test fixtures.
const https = require('https');
const fs = require('fs');
const path = require('path');
const dir = path.join(__dirname, 'fixtures');
const server = https.createServer({
  key: fs.readFileSync(path.join(dir, 'agent1-key.pem')),
  cert: fs.readFileSync(path.join(dir, 'agent1-cert.pem')),
}, (req, res) => {
  res.end(`secure ${req.method} ${req.url} ${req.headers['accept-encoding']}`);
});
server.listen(0, '127.0.0.1', async () => {
  const url = `https://127.0.0.1:${server.address().port}/x`;
  try { await fetch(url); } catch (e) { console.log(e.message, e.cause.name, e.cause.code, e.cause.message); }
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
  const r = await fetch(url, { method: 'POST', body: 'b' });
  console.log(r.status, await r.text(), r.url.replace(/:\d+/, ':P'), r.type);
  server.close();
});
