'use strict';
// Parent and forked child talk over the IPC channel: messages both ways,
// a net.Server and a net.Socket passed with their descriptors. Run as
// `RUNTIME interop.js CHILD_RUNTIME`; the transcript is the same whichever
// of node and wqnode each side is.
const cp = require('child_process');
const net = require('net');

if (process.argv[2] === 'child') {
  let server;
  process.on('message', (m, handle) => {
    if (m === 'server') {
      server = handle;
      server.on('connection', (s) => s.end('served by the child'));
      process.send('ready');
    } else if (m === 'socket') {
      handle.end('written by the child');
      process.send('socket done');
    } else if (m && m.last) {
      server.close();
      process.send({ echo: m.big.length, nested: { a: [1, 'two', null, true], s: 'é\u2603\n"' } });
      process.disconnect();
    }
  });
  process.send({ hello: process.argv.length });
} else {
  const child = cp.fork(__filename, ['child'], { execPath: process.argv[2] || process.execPath });
  const log = (...a) => console.log(...a);
  const srv = net.createServer();
  child.on('message', (m) => {
    if (m !== 'socket done') log('parent got', JSON.stringify(m));
    if (m && m.hello) {
      srv.listen(0, '127.0.0.1', () => child.send('server', srv));
    } else if (m === 'ready') {
      const { port } = srv.address();
      srv.close();
      const c = net.connect(port, '127.0.0.1');
      let d = '';
      c.on('data', (x) => d += x);
      c.on('end', () => {
        log('server passed:', d);
        const s2 = net.createServer((sock) => {
          child.send('socket', sock);
          s2.close();
        });
        s2.listen(0, '127.0.0.1', () => {
          const k = net.connect(s2.address().port, '127.0.0.1');
          let d2 = '';
          k.on('data', (x) => d2 += x);
          k.on('end', () => {
            log('socket passed:', d2);
            step();
          });
        });
      });
    } else if (m === 'socket done') {
      step();
    }
  });
  // The last message goes once the socket's bytes and the child's word
  // that it wrote them have both arrived, in whichever order.
  let steps = 0;
  function step() {
    if (++steps === 2) child.send({ last: true, big: 'x'.repeat(100000) });
  }
  child.on('disconnect', () => log('disconnect'));
  child.on('exit', (code, signal) => log('exit', code, signal));
}
