'use strict';
// UDP over loopback: send forms (strings, buffers, arrays, offset and
// length), rinfo, connect/disconnect, remoteAddress, options, errors.
const dgram = require('dgram');

for (const t of ['udp5', undefined, { type: 'tcp' }]) {
  try { dgram.createSocket(t); } catch (e) { console.log(e.code, e.message); }
}

const server = dgram.createSocket('udp4');
const client = dgram.createSocket({ type: 'udp4' });
const got = [];
server.on('message', (msg, rinfo) => {
  got.push(msg.toString());
  console.log('message', JSON.stringify(msg.toString()), rinfo.address, rinfo.family, rinfo.size, typeof rinfo.port);
  if (got.length === 5) phase2();
});
server.on('listening', () => console.log('listening'));

server.bind(0, '127.0.0.1', () => {
  const { address, family, port } = server.address();
  console.log('bound', address, family, port > 0);
  try { server.bind(0); } catch (e) { console.log(e.code); }
  try { client.remoteAddress(); } catch (e) { console.log(e.code); }
  try { client.send('x', 0, 'localhost'); } catch (e) { console.log(e.code, e.name); }
  try { client.send(42, port); } catch (e) { console.log(e.code); }
  // one at a time, so the order is the order sent
  const sends = [
    (cb) => client.send('one', port, '127.0.0.1', cb),
    (cb) => client.send(Buffer.from('two'), port, '127.0.0.1', cb),
    (cb) => client.send(['th', Buffer.from('r'), new Uint8Array([101, 101])], port, '127.0.0.1', cb),
    (cb) => client.send(Buffer.from('xxfourxx'), 2, 4, port, '127.0.0.1', cb),
    (cb) => client.send('', port, '127.0.0.1', cb),
  ];
  (function next() {
    const s = sends.shift();
    if (s) s((err, n) => { console.log('sent', err, n); next(); });
  })();
});

function phase2() {
  const { port } = server.address();
  client.connect(port, '127.0.0.1', () => {
    const r = client.remoteAddress();
    console.log('connected', r.address, r.family, r.port === port);
    try { client.connect(port); } catch (e) { console.log(e.code); }
    try { client.send('x', port, '127.0.0.1'); } catch (e) { console.log(e.code); }
    client.setBroadcast(true);
    console.log('ttl', client.setTTL(64), client.setMulticastTTL(2), client.setMulticastLoopback(true));
    try { client.setTTL(0); } catch (e) { console.log(e.code, e.syscall); }
    server.removeAllListeners('message');
    server.once('message', (msg) => {
      console.log('connected send', msg.toString());
      client.disconnect();
      try { client.disconnect(); } catch (e) { console.log(e.code); }
      try { client.remoteAddress(); } catch (e) { console.log(e.code); }
      client.close(() => {
        console.log('client closed');
        try { client.close(); } catch (e) { console.log(e.code); }
        try { client.address(); } catch (e) { console.log(e.code); }
        server.close(() => console.log('server closed'));
      });
    });
    client.send('on a connected socket', (err, n) => console.log('sent', err, n));
  });
}
