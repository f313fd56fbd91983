// process.getActiveResourcesInfo lists the handles and timers keeping the
// loop alive (unref'd ones left out), by Node's names.
const net = require('net');
const dgram = require('dgram');
const count = (name) => process.getActiveResourcesInfo().filter((n) => n === name).length;
console.log('start', count('Timeout'), count('Immediate'));
const t1 = setTimeout(() => {}, 1000);
const t2 = setTimeout(() => {}, 1000);
t2.unref();
const i1 = setImmediate(() => {});
console.log('timers', count('Timeout'), count('Immediate'));
const u = dgram.createSocket('udp4');
const u2 = dgram.createSocket('udp4');
u2.unref();
console.log('udp', count('UDPWrap'));
let pending = 2; // the client's 'connect' and the server's 'connection'
let accepted;
const both = () => {
  if (--pending > 0) return;
  console.log('sockets', count('TCPSocketWrap'));
  accepted.end();
};
const server = net.createServer((c) => { accepted = c; both(); });
server.listen(0, '127.0.0.1', () => {
  console.log('server', count('TCPServerWrap'));
  const c = net.connect(server.address().port, '127.0.0.1', both);
  c.resume();
  c.on('close', () => {
    server.close(() => {
      clearTimeout(t1);
      clearImmediate(i1);
      u.close();
      u2.close();
      console.log('end', count('Timeout'), count('Immediate'));
    });
  });
});
