'use strict';
// Implicit bind on first send, udp6 over ::1, buffer sizes, ref/unref,
// bind errors, AbortSignal.
const dgram = require('dgram');

const a = dgram.createSocket('udp6');
const b = dgram.createSocket('udp6');
a.bind(0, '::1', () => {
  b.send('hello six', a.address().port, '::1');
  b.on('listening', () => {
    const addr = b.address();
    console.log('implicitly bound', addr.family, addr.address);
  });
});
a.on('message', (m, r) => {
  console.log('got', m.toString(), r.address, r.family);
  a.setRecvBufferSize(65536);
  console.log('recv buffer at least', a.getRecvBufferSize() >= 65536);
  a.close();
  b.close();
  errors();
});

function errors() {
  const c = dgram.createSocket('udp4');
  try { c.setRecvBufferSize(1); } catch (e) { console.log(e.code, e.name, e.info && e.info.syscall); }
  try { c.setRecvBufferSize(-1); } catch (e) { console.log(e.code); }
  c.bind(0, '127.0.0.1', () => {
    const d = dgram.createSocket('udp4');
    d.on('error', (e) => {
      console.log('bind error', e.code, e.syscall, e.address);
      c.close();
      abort();
    });
    d.bind(c.address().port, '127.0.0.1');
  });
}

function abort() {
  const ac = new AbortController();
  const s = dgram.createSocket({ type: 'udp4', signal: ac.signal });
  s.on('close', () => console.log('closed by abort'));
  s.bind(0, '127.0.0.1', () => ac.abort());
  const u = dgram.createSocket('udp4');
  u.bind(0, '127.0.0.1', () => {
    u.unref();
    console.log('unref socket does not hold the process');
  });
}
