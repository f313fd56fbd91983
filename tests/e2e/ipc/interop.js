'use strict';
// Parent and forked child talk over the IPC channel: messages both ways,
// a net.Server and a net.Socket passed with their descriptors. Run as
// `RUNTIME interop.js CHILD_RUNTIME [json|advanced]`; the transcript is the
// same whichever of node and wqnode each side is. In 'advanced' mode
// (V8's serializer on the channel) the last message also carries values
// JSON cannot, and comes back as it went.
const cp = require('child_process');
const net = require('net');
const util = require('util');

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
      process.send({ echo: m.big.length, nested: { a: [1, 'two', null, true], s: 'é\u2603\n"' }, rich: m.rich });
      process.disconnect();
    }
  });
  process.send({ hello: process.argv.length });
} else {
  const serialization = process.argv[3] || 'json';
  const child = cp.fork(__filename, ['child'], { execPath: process.argv[2] || process.execPath, serialization });
  const log = (...a) => console.log(...a);
  const show = (m) => (serialization === 'json' ? JSON.stringify(m) : util.inspect(m, { depth: 4, breakLength: 120 }));
  const srv = net.createServer();
  child.on('message', (m) => {
    if (m !== 'socket done') log('parent got', show(m));
    if (m && m.rich) log('circular kept', m.rich.self === m.rich, 'buffer', Buffer.isBuffer(m.rich.buf));
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
    if (++steps !== 2) return;
    const last = { last: true, big: 'x'.repeat(100000) };
    if (serialization === 'advanced') {
      const err = new RangeError('out of range', { cause: 'why' });
      err.stack = 'RangeError: out of range\n    at somewhere';
      last.rich = {
        map: new Map([[1, { a: 1 }], ['k', [2n ** 70n]]]), set: new Set(['s', -0]), date: new Date(86400000),
        re: /x+y/gi, buf: Buffer.from('bytes'), u16: new Uint16Array([1, 65535]), f64: new Float64Array([0.5]),
        ab: new Uint8Array([9, 8]).buffer, holes: [1, , 3], boxed: [Object('s'), Object(2)], err,
        text: 'é\u2603\ud83d\ude00', big: new Uint8Array(70000).fill(7), undef: undefined, nan: NaN,
      };
      last.rich.self = last.rich;
    }
    child.send(last);
  }
  child.on('disconnect', () => log('disconnect'));
  child.on('exit', (code, signal) => log('exit', code, signal));
}
