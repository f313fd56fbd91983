'use strict';
// A server socket's reads go straight to the parser (Node's consume()):
// what a program sees must not change. Pipelined requests in one write,
// bodies split across writes, socket.bytesRead, a 'data' listener added
// to the socket (the reads come back to the stream), pausing for
// backpressure, and an upgrade with bytes after its head.
const http = require('http');
const net = require('net');

function raw(port, chunks, expect) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    let got = '';
    c.setEncoding('latin1');
    c.on('data', (d) => {
      got += d;
      if (expect(got)) c.end();
    });
    c.on('close', () => resolve(got));
    (async () => {
      for (const ch of chunks) {
        c.write(ch);
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
  });
}

const count = (s, re) => (s.match(re) || []).length;

async function main() {
  const seen = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('latin1');
    req.on('data', (d) => { body += d; });
    req.on('end', () => {
      seen.push(`${req.method} ${req.url} ${JSON.stringify(body)} ${req.headers['x-n'] || ''}`);
      res.end(`${req.url}:${body.length}`);
    });
  });
  server.on('connection', (s) => {
    s.once('close', () => seen.push(`socket bytesRead ${s.bytesRead}`));
  });
  server.on('upgrade', (req, socket, head) => {
    seen.push(`upgrade ${req.url} head ${JSON.stringify(head.toString('latin1'))}`);
    socket.on('data', (d) => {
      seen.push(`after upgrade ${JSON.stringify(d.toString('latin1'))}`);
      socket.end('HTTP/1.1 101 Switching Protocols\r\n\r\nbye');
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const port = server.address().port;

  // three pipelined requests in one write, one with a body
  let out = await raw(port, [
    'GET /a HTTP/1.1\r\nHost: x\r\n\r\n' +
    'POST /b HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nX-N: 2\r\n\r\nhello' +
    'GET /c HTTP/1.1\r\nHost: x\r\n\r\n',
  ], (s) => count(s, /HTTP\/1\.1 200/g) === 3);
  console.log('pipelined', count(out, /HTTP\/1\.1 200 OK/g), out.includes('/b:5'));

  // a chunked body and headers split across writes
  out = await raw(port, [
    'POST /d HTTP/1.1\r\nHo', 'st: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n',
    '4\r\ndefg\r\n0\r\n\r\n',
  ], (s) => s.includes('/d:7'));
  console.log('chunked', out.includes('/d:7'));

  // a 'data' listener on the socket takes its reads back from the parser
  const server2 = http.createServer((req, res) => { res.end('ok'); });
  const dataSeen = [];
  server2.on('connection', (s) => {
    s.on('data', (d) => dataSeen.push(d.length));
  });
  await new Promise((r) => server2.listen(0, '127.0.0.1', r));
  out = await raw(server2.address().port, [
    'GET /e HTTP/1.1\r\nHost: x\r\n\r\n', 'GET /f HTTP/1.1\r\nHost: x\r\n\r\n',
  ], (s) => count(s, /HTTP\/1\.1 200/g) === 2);
  console.log('data listener', count(out, /HTTP\/1\.1 200/g), dataSeen.length > 0);
  server2.close();

  // many pipelined requests whose responses are not read at first:
  // the server pauses reading, then goes on
  const many = [];
  for (let i = 0; i < 200; i++) many.push(`GET /m${i} HTTP/1.1\r\nHost: x\r\n\r\n`);
  out = await raw(port, [many.join('')], (s) => count(s, /HTTP\/1\.1 200/g) === 200);
  console.log('many', count(out, /HTTP\/1\.1 200/g));

  // an upgrade: the bytes after the head go to the 'upgrade' listener
  out = await raw(port, [
    'GET /up HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: foo\r\n\r\nEXTRA', 'MORE',
  ], (s) => s.includes('bye'));
  console.log('upgrade', out.includes('bye'));

  // a malformed request after a good one: 400 and 'clientError'
  server.once('clientError', (err, socket) => {
    seen.push(`clientError ${err.code} ${JSON.stringify(err.rawPacket && err.rawPacket.toString('latin1'))}`);
    socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
  });
  out = await raw(port, ['GET /g HTTP/1.1\r\nHost: x\r\n\r\nBAD\x01 / HTTP/1.1\r\n\r\n'],
    (s) => s.includes('400'));
  console.log('bad', out.includes('200 OK'), out.includes('400'));

  await new Promise((r) => setTimeout(r, 50));
  server.close();
  for (const line of seen.filter((l) => !/^GET \/m\d/.test(l))) console.log(line);
}
main();
