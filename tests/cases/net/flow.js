'use strict';
// Flow control and options: pause/resume, pauseOnConnect, allowHalfOpen,
// setEncoding, timeouts, destroySoon, resetAndDestroy, maxConnections
// with 'drop', getConnections, ref/unref.
const net = require('net');

function step1() {
  const server = net.createServer({ pauseOnConnect: true, allowHalfOpen: true }, (sock) => {
    console.log('paused on connect', sock.isPaused());
    let got = '';
    sock.setEncoding('utf8');
    sock.on('data', (d) => { got += d; });
    sock.on('end', () => {
      console.log('half-open end, writable', sock.writable, JSON.stringify(got));
      sock.end('reply after end');
    });
    setTimeout(() => sock.resume(), 20);
  });
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1');
    c.end('abc');
    let reply = '';
    c.on('data', (d) => { reply += d; });
    c.on('close', () => {
      console.log('reply', reply);
      server.close(step2);
    });
  });
}

function step2() {
  const server = net.createServer((sock) => {
    sock.setTimeout(30);
    sock.on('timeout', () => {
      console.log('timeout', sock.timeout);
      sock.destroySoon();
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1');
    c.on('end', () => console.log('client end after server timeout'));
    c.on('close', () => server.close(step3));
    c.resume();
  });
}

function step3() {
  const server = net.createServer((sock) => {
    server.getConnections((err, n) => console.log('connections', err, n));
    sock.on('error', (e) => console.log('server side:', e.code));
    sock.on('close', () => server.close(step4));
  });
  server.maxConnections = 1;
  server.on('drop', (d) => console.log('drop', d.localAddress, d.remoteAddress, d.remoteFamily));
  server.listen(0, '127.0.0.1', () => {
    const port = server.address().port;
    const c1 = net.connect(port, '127.0.0.1', () => {
      const c2 = net.connect(port, '127.0.0.1');
      c2.on('error', () => {});
      c2.on('close', () => {
        console.log('dropped client closed');
        c1.resetAndDestroy();
      });
      c2.resume();
    });
    c1.on('close', (hadError) => { resetClose = hadError; });
  });
}

function step4() {
  const server = net.createServer();
  server.listen(0, '127.0.0.1', () => {
    server.unref();
    console.log('unref server, process exits');
  });
}

let resetClose;
process.on('exit', () => console.log('reset client closed, hadError:', resetClose));
step1();
