'use strict';
// A plain node:http server for the client cases: echoes the request,
// redirects, streams, gzip, errors and a slow route.
const http = require('http');
const zlib = require('zlib');

function start() {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString();
      switch (url.pathname) {
        case '/echo':
          res.setHeader('content-type', 'application/json');
          res.setHeader('x-custom', 'yes');
          res.end(JSON.stringify({
            method: req.method, url: req.url, body,
            ctype: req.headers['content-type'] || null,
            auth: req.headers.authorization || null,
            custom: req.headers['x-req'] || null,
          }));
          break;
        case '/redirect':
          res.writeHead(302, { location: '/echo?from=redirect' });
          res.end();
          break;
        case '/status':
          res.writeHead(Number(url.searchParams.get('code')), { 'content-type': 'text/plain' });
          res.end('status body');
          break;
        case '/gzip':
          res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
          res.end(zlib.gzipSync('compressed hello '.repeat(20)));
          break;
        case '/stream': {
          res.writeHead(200, { 'content-type': 'application/octet-stream' });
          let i = 0;
          const t = setInterval(() => {
            res.write(Buffer.alloc(1000, i));
            if (++i === 5) { clearInterval(t); res.end(); }
          }, 2);
          break;
        }
        case '/slow':
          setTimeout(() => { if (!res.destroyed) res.end('late'); }, 2000);
          break;
        default:
          res.writeHead(404);
          res.end('not found');
      }
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

module.exports = { start };
