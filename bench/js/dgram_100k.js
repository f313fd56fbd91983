'use strict';
// 100,000 UDP datagrams of 64 bytes over loopback, sent in bursts that
// wait for the receiver so none is dropped.
const dgram = require('dgram');
const total = 100000, burst = 100;
const msg = Buffer.alloc(64, 1);
const rx = dgram.createSocket('udp4');
const tx = dgram.createSocket('udp4');
let got = 0, sent = 0;
rx.on('message', () => {
  got++;
  if (got === total) { rx.close(); tx.close(); }
  else if (got === sent) send();
});
function send() {
  for (let i = 0; i < burst && sent < total; i++, sent++) tx.send(msg, rx.address().port, '127.0.0.1');
}
rx.bind(0, '127.0.0.1', () => tx.bind(0, '127.0.0.1', send));
