'use strict';
// honorCipherOrder: a server picks its own first TLS 1.2 suite that the
// client offers (the default for servers).
const tls = require('node:tls');
const fs = require('node:fs');
const path = require('node:path');
const fixtures = path.join(__dirname, '..', 'http', 'keys');
const key = fs.readFileSync(path.join(fixtures, 'agent2-key.pem'));
const cert = fs.readFileSync(path.join(fixtures, 'agent2-cert.pem'));

const runs = [
  [true, 'AES128-SHA256:AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256', 'AES128-GCM-SHA256:AES128-SHA256'],
  [undefined, 'AES128-SHA256:AES128-GCM-SHA256', 'AES128-GCM-SHA256:AES128-SHA256'],
  [true, 'ECDHE-RSA-AES128-SHA256:AES128-GCM-SHA256', 'AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256'],
  [false, 'AES128-SHA256:AES128-GCM-SHA256', 'AES128-SHA256'],
  [true, 'AES128-SHA256:ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES128-GCM-SHA256'],
];
(async () => {
  for (const [honorCipherOrder, sciphers, cciphers] of runs) {
    await new Promise((resolve) => {
      const server = tls.createServer({ key, cert, ciphers: sciphers, honorCipherOrder, maxVersion: 'TLSv1.2' }, (s) => s.end());
      server.listen(0, '127.0.0.1', () => {
        const c = tls.connect({ port: server.address().port, host: '127.0.0.1', rejectUnauthorized: false, ciphers: cciphers }, () => {
          console.log(honorCipherOrder, sciphers, cciphers, '->', c.getCipher().name);
          c.end();
          server.close(resolve);
        });
      });
    });
  }
})();
