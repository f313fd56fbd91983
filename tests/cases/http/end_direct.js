'use strict';
// One-shot responses (res.end(body) with the header not yet sent) in their
// forms: a utf8, latin1 or Buffer body, HEAD, 204, a chunked header set by
// hand, a patched socket.write, pipelined requests on one connection, the
// end callback and the order of the response's events; and request bodies
// (kOnBody slices) arriving in pieces. The raw bytes each client reads are
// printed, with the Date header masked.
const http = require('http');
const net = require('net');

const log = [];
const server = http.createServer((req, res) => {
  const ev = (name) => () => log.push(`${req.url} ${name}`);
  res.on('prefinish', ev('prefinish'));
  res.on('finish', ev('finish'));
  res.on('close', ev('close'));
  req.on('end', ev('req end'));
  req.on('close', ev('req close'));
  switch (req.url) {
    case '/utf8': res.end('héllo ✓'); break;
    case '/latin1': res.end('caf\xe9', 'latin1'); break;
    case '/buffer': res.end(Buffer.from([1, 2, 3]), () => log.push('/buffer end cb')); break;
    case '/head': res.end('not sent'); break;
    case '/204': res.statusCode = 204; res.end('dropped'); break;
    case '/chunked': res.setHeader('Transfer-Encoding', 'chunked'); res.end('abc'); break;
    case '/patched': {
      const orig = res.socket.write;
      res.socket.write = function(d, ...rest) {
        log.push(`/patched socket.write ${typeof d} ${d.length}`);
        return orig.call(this, d, ...rest);
      };
      res.end('seen');
      break;
    }
    case '/body': {
      const parts = [];
      req.on('data', (c) => parts.push(c.length));
      req.on('end', () => res.end(`got ${parts.reduce((a, b) => a + b, 0)} bytes`));
      break;
    }
    default: res.end(req.url);
  }
  log.push(`${req.url} handler done, bytesWritten>0 ${res.socket ? res.socket.bytesWritten > 0 : 'no socket'}`);
});

function raw(port, text) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    let got = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { got += d; });
    c.on('close', () => resolve(got.replace(/Date: [^\r]*/g, 'Date: X')));
    if (Array.isArray(text)) {
      let i = 0;
      const next = () => { if (i < text.length) { c.write(text[i++]); setTimeout(next, 20); } };
      next();
    } else {
      c.write(text);
    }
  });
}

const req = (path, method = 'GET') => `${method} ${path} HTTP/1.1\r\nHost: x\r\n\r\n`;
const last = (path, method = 'GET') => `${method} ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`;

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  const show = (name, s) => console.log(`--- ${name}\n${JSON.stringify(s)}`);
  for (const p of ['/utf8', '/latin1', '/buffer', '/204', '/chunked', '/patched']) {
    show(p, await raw(port, last(p)));
  }
  show('/head', await raw(port, last('/head', 'HEAD')));
  show('pipelined', await raw(port, req('/a') + req('/b') + req('/c') + last('/d')));
  show('body', await raw(port, [
    'POST /body HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 10\r\n\r\nabc',
    'defg', 'hij',
  ]));
  show('chunked body', await raw(port, [
    'POST /body HTTP/1.1\r\nHost: x\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n',
    '4\r\ndefg\r\n0\r\n\r\n',
  ]));
  server.close();
  setTimeout(() => console.log(log.join('\n')), 50);
});
