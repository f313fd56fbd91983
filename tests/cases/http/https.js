// An https server on 127.0.0.1 with Node's fixture certificates, and its
// own clients: verified (ca + servername), rejected (no ca, wrong name,
// self-signed), rejectUnauthorized: false, keep-alive reuse, POST bodies,
// and that a rejected client sends the server no request.
const https = require('https');
const fs = require('fs');
const path = require('path');

const key = (n) => fs.readFileSync(path.join(__dirname, 'keys', n));
const ca = key('ca1-cert.pem');

const seen = [];
const server = https.createServer({ key: key('agent1-key.pem'), cert: key('agent1-cert.pem') }, (req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    seen.push(`${req.method} ${req.url}`);
    res.setHeader('X-Encrypted', String(req.socket.encrypted));
    res.end(`${req.method} ${req.url} ${body} alpn=${req.socket.alpnProtocol}`);
  });
});

const self = https.createServer({ key: key('agent2-key.pem'), cert: key('agent2-cert.pem') }, (req, res) => {
  seen.push(`self ${req.url}`);
  res.end('self');
});

function request(opts, body) {
  return new Promise((resolve) => {
    const req = https.request({ host: '127.0.0.1', port: server.address().port, ...opts }, (res) => {
      let data = '';
      const authorized = res.socket.authorized;
      res.setEncoding('utf8');
      res.on('data', (d) => { data += d; });
      res.on('end', () => resolve(`${res.statusCode} ${res.headers['x-encrypted']} ${data} ` +
        `authorized=${authorized} reused=${req.reusedSocket}`));
    });
    req.on('error', (e) => resolve(`error ${e.code} ${e.message}`));
    req.end(body);
  });
}

server.listen(0, '127.0.0.1', () => self.listen(0, '127.0.0.1', async () => {
  console.log(await request({ path: '/ca', ca, servername: 'agent1' }));
  console.log(await request({ path: '/noca' }));
  console.log(await request({ path: '/badname', ca, servername: 'other' }));
  console.log(await request({ path: '/insecure', rejectUnauthorized: false }));
  console.log(await request({ path: '/selfsigned', port: self.address().port }));
  console.log(await request({ path: '/post', method: 'POST', ca, servername: 'agent1' }, 'x'.repeat(100000).length + ''));

  const agent = new https.Agent({ keepAlive: true, maxSockets: 1, ca, servername: 'agent1' });
  console.log(agent.defaultPort, agent.protocol, agent.getName({ host: '127.0.0.1', port: 1, servername: 'agent1' }));
  for (let i = 0; i < 3; i++) console.log(await request({ path: `/keep${i}`, agent }));
  agent.destroy();

  console.log('seen', seen.join(', '));
  https.get(`https://127.0.0.1:${server.address().port}/url`, { ca, servername: 'agent1' }, (res) => {
    res.resume();
    res.on('end', () => {
      console.log('get', res.statusCode);
      server.close(() => console.log('closed'));
      self.close();
    });
  });
}));
