'use strict';
// A TCP echo over loopback: events in order, byte counts, addresses,
// readyState, half-open and large transfers arriving intact.
const net = require('net');
const crypto = require('crypto');

const server = net.createServer((sock) => {
  console.log('server: connection', sock.remoteAddress, sock.remoteFamily, typeof sock.remotePort);
  sock.on('data', (d) => sock.write(d));
  sock.on('end', () => {
    console.log('server: end, bytesRead', sock.bytesRead);
    sock.end();
  });
  sock.on('close', (hadError) => console.log('server: socket close', hadError));
});

server.on('listening', () => console.log('listening event', server.listening));
server.listen(0, '127.0.0.1', () => {
  const addr = server.address();
  console.log('address', addr.address, addr.family, addr.port > 0);
  const big = crypto.randomBytes(1 << 20);
  const want = crypto.createHash('sha256').update(big).digest('hex');
  const client = net.connect({ port: addr.port, host: '127.0.0.1' });
  console.log('connecting', client.connecting, client.readyState, client.pending);
  const chunks = [];
  client.on('connect', () => {
    console.log('connect', client.connecting, client.readyState, client.pending);
    console.log('local', client.localAddress, client.localFamily, typeof client.localPort);
    console.log('remote', client.remoteAddress, client.remoteFamily, client.remotePort === addr.port);
  });
  client.on('ready', () => {
    console.log('ready');
    client.write('hello ');
    client.write(Buffer.from('world'));
    client.end(big);
    console.log('after end', client.readyState);
  });
  client.on('data', (d) => chunks.push(d));
  client.on('end', () => {
    const all = Buffer.concat(chunks);
    console.log('client: end', all.length, all.subarray(0, 11).toString());
    console.log('intact', crypto.createHash('sha256').update(all.subarray(11)).digest('hex') === want);
  });
  client.on('close', (hadError) => {
    console.log('client: close', hadError, client.bytesRead, client.bytesWritten, client.readyState);
    server.close(() => console.log('server closed', server.listening));
  });
});
