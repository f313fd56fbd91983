'use strict';
// UDP sockets bound in cluster workers: the primary binds one socket and
// shares it (never round-robin), so every worker reports the same port and
// a datagram sent to it reaches one of them; disconnecting closes it.
const cluster = require('node:cluster');
const dgram = require('node:dgram');

if (cluster.isPrimary) {
  const ports = [];
  for (let i = 0; i < 2; i++) cluster.fork();
  cluster.on('listening', (worker, address) => {
    ports.push(address.port);
    console.log('listening', address.addressType, address.address, address.fd);
    if (ports.length < 2) return;
    console.log('same port', ports[0] === ports[1], ports[0] > 0);
    const s = dgram.createSocket('udp4');
    s.send('hello', ports[0], '127.0.0.1', () => s.close());
  });
  cluster.on('message', (worker, m) => {
    console.log('a worker got', m);
    cluster.disconnect();
  });
  cluster.on('exit', (worker, code, signal) => console.log('exit', code, signal));
} else {
  const s = dgram.createSocket('udp4');
  s.on('message', (data) => process.send(data.toString()));
  s.bind(0);
}
