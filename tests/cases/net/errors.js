'use strict';
// Errors: refused connections, addresses in use, bad ports and arguments,
// writes after end, servers closed twice.
const net = require('net');

function show(label, e) {
  console.log(label, e.name, e.code, e.syscall, e.errno, e.address, typeof e.port);
}

for (const port of [-1, 65536, 1.5, NaN, '70000']) {
  try { net.connect(port); } catch (e) { console.log('connect', JSON.stringify(String(port)), e.code, e.name); }
  try { net.createServer().listen(port); } catch (e) { console.log('listen', JSON.stringify(String(port)), e.code, e.name); }
}
try { net.connect({ port: true }); } catch (e) { console.log(e.code, e.message); }
try { net.connect(); } catch (e) { console.log(e.code, e.message); }
try { net.connect({ port: 80, localAddress: 'nope' }); } catch (e) { console.log(e.code, e.message); }
try { new net.Socket({ objectMode: true }); } catch (e) { console.log(e.code, e.message); }

const a = net.createServer();
a.listen(0, '127.0.0.1', () => {
  const { port } = a.address();
  try { a.listen(0); } catch (e) { console.log(e.code, e.message); }
  const b = net.createServer();
  b.on('error', (e) => {
    show('in use:', e);
    a.close(() => {
      const c = net.connect(port, '127.0.0.1');
      c.on('error', (e) => show('refused:', e));
      c.on('close', (hadError) => {
        console.log('refused close', hadError, c.destroyed);
        a.close((e) => {
          console.log('close again:', e.code, e.message);
          afterEnd();
        });
      });
    });
  });
  b.listen(port, '127.0.0.1');
});

function afterEnd() {
  const s = net.createServer((sock) => sock.resume());
  s.listen(0, '127.0.0.1', () => {
    const c = net.connect(s.address().port, '127.0.0.1', () => {
      c.end('bye');
      c.write('more', (e) => console.log('write cb:', e.code));
      c.on('error', (e) => console.log('error event:', e.code, e.message));
      c.on('close', () => s.close(() => console.log('done')));
    });
  });
}
