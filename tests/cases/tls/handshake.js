// TLS servers on 127.0.0.1 with Node's fixture keys: verification results
// and handshake failures with Node's codes, the negotiated protocol,
// cipher, ALPN and SNI, the peer certificate's shape, sessions.
const tls = require('tls');
const net = require('net');
const fs = require('fs');
const key = (n) => fs.readFileSync(`${__dirname}/_keys/${n}`);
const agent1 = { key: key('agent1-key.pem'), cert: key('agent1-cert.pem') };
const agent2 = { key: key('agent2-key.pem'), cert: key('agent2-cert.pem') };
const expired = { key: key('agent1-key.pem'), cert: key('expired-cert.pem') };
const ca = key('ca1-cert.pem');

function serve(opts, onSecure) {
  return new Promise((resolve) => {
    const server = tls.createServer(opts, (s) => {
      if (onSecure) onSecure(s);
      s.end('hi');
    });
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

function client(server, opts) {
  return new Promise((resolve) => {
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ...opts }, () => {
      let data = '';
      c.setEncoding('utf8');
      c.on('data', (d) => { data += d; });
      c.on('end', () => resolve({ c, data }));
    });
    c.on('error', (err) => resolve({ c, err }));
  });
}

function show(name, r) {
  if (r.err) {
    // OpenSSL's texts name its source files: the codes are the contract
    console.log(name, 'error', r.err.code, r.err.code.startsWith('ERR_SSL_') ? '' : r.err.message);
  } else {
    console.log(name, 'ok', r.c.authorized, r.c.authorizationError, JSON.stringify(r.data));
  }
}

async function verification() {
  const s1 = await serve(agent1);
  show('no ca', await client(s1, { servername: 'agent1' }));
  show('no ca, unauthorized allowed', await client(s1, { servername: 'agent1', rejectUnauthorized: false }));
  show('ca', await client(s1, { servername: 'agent1', ca }));
  show('wrong name', await client(s1, { servername: 'other.example', ca }));
  const r = await client(s1, { servername: 'other.example', ca, rejectUnauthorized: false });
  console.log('wrong name allowed', r.c.authorized, r.c.authorizationError);
  show('own checkServerIdentity', await client(s1, {
    servername: 'other.example', ca,
    checkServerIdentity: (host, cert) => { console.log('  check', host, cert.subject.CN); return undefined; },
  }));
  s1.close();
  const s2 = await serve(agent2);
  show('self-signed', await client(s2, {}));
  s2.close();
  const s3 = await serve(expired);
  show('expired', await client(s3, { ca, servername: 'expired' }));
  s3.close();
}

async function negotiation() {
  const s = await serve({ ...agent1, ALPNProtocols: ['h2', 'http/1.1'] }, (sock) => {
    console.log('  server sees', sock.servername, sock.alpnProtocol, sock.getProtocol());
  });
  for (const v of ['TLSv1.2', 'TLSv1.3']) {
    const r = await client(s, { ca, servername: 'agent1', maxVersion: v, ALPNProtocols: ['http/1.1'] });
    const cipher = r.c.getCipher();
    console.log(v, r.c.getProtocol(), r.c.alpnProtocol, cipher.version, typeof cipher.name, typeof cipher.standardName);
  }
  const none = await client(s, { ca, servername: 'agent1', ALPNProtocols: ['spdy/1'] });
  show('no common alpn', none);
  s.close();

  const s13 = await serve({ ...agent1, minVersion: 'TLSv1.3' });
  show('max 1.2 to min 1.3', await client(s13, { ca, servername: 'agent1', maxVersion: 'TLSv1.2' }));
  s13.close();
}

async function peerCertificate() {
  const s = await serve(agent1);
  const r = await client(s, { ca, servername: 'agent1' });
  const cert = r.c.getPeerCertificate();
  console.log('subject', JSON.stringify(cert.subject));
  console.log('issuer', JSON.stringify(cert.issuer));
  console.log('fields', Object.keys(cert).sort().join(','));
  console.log('valid', cert.valid_from, '|', cert.valid_to);
  console.log('serial', cert.serialNumber, cert.bits, cert.exponent);
  console.log('fingerprint256', cert.fingerprint256);
  console.log('raw', Buffer.isBuffer(cert.raw), cert.raw.length, Buffer.isBuffer(cert.pubkey));
  const detailed = r.c.getPeerCertificate(true);
  console.log('issuerCertificate', detailed.issuerCertificate && detailed.issuerCertificate.subject.CN);
  console.log('local', JSON.stringify(r.c.getCertificate()));
  s.close();
}

async function wrongVersion() {
  const plain = net.createServer((s) => s.end('HTTP/1.1 400 Bad Request\r\n\r\n'));
  await new Promise((r) => plain.listen(0, '127.0.0.1', r));
  show('plain server', await client(plain, { rejectUnauthorized: false }));
  plain.close();
}

async function sessions() {
  const s = await serve({ ...agent1, maxVersion: 'TLSv1.2' });
  let session;
  const r1 = await new Promise((resolve) => {
    const c = tls.connect({ port: s.address().port, host: '127.0.0.1', ca, servername: 'agent1' }, () => {
      console.log('first reused', c.isSessionReused());
    });
    c.on('session', (sess) => { session = sess; });
    c.resume();
    c.on('close', () => resolve(c));
  });
  console.log('got session', Buffer.isBuffer(session), Buffer.isBuffer(r1.getSession()));
  await new Promise((resolve) => {
    const c = tls.connect({ port: s.address().port, host: '127.0.0.1', ca, servername: 'agent1', session }, () => {
      console.log('second reused', c.isSessionReused());
    });
    c.resume();
    c.on('close', resolve);
  });
  s.close();
}

(async () => {
  console.log('rootCertificates', Array.isArray(tls.rootCertificates), Object.isFrozen(tls.rootCertificates),
              tls.rootCertificates.length > 50, tls.rootCertificates[0].startsWith('-----BEGIN CERTIFICATE-----'));
  console.log('defaults', tls.DEFAULT_MIN_VERSION, tls.DEFAULT_MAX_VERSION, tls.DEFAULT_ECDH_CURVE);
  await verification();
  await negotiation();
  await peerCertificate();
  await wrongVersion();
  await sessions();
})();
