'use strict';
// Strings written with each encoding reach the peer as node encodes them,
// singly and corked (one writev of mixed chunks); bytesWritten counts them.
const net = require('net');
const s = 'aé\u0100\u20ac\ud83d\ude00\ud800z';
const writes = [
  ['utf8'], ['latin1'], ['binary'], ['ascii'], ['hex', '0aff'], ['base64', 'aGk='], ['ucs2'],
];
const srv = net.createServer((sock) => {
  const got = [];
  sock.on('data', (d) => got.push(d));
  sock.on('end', () => {
    console.log(Buffer.concat(got).toString('hex'));
    srv.close();
  });
});
srv.listen(0, '127.0.0.1', () => {
  const c = net.connect(srv.address().port, '127.0.0.1', () => {
    for (const [enc, v] of writes) c.write(v ?? s, enc);
    c.cork();
    for (const [enc, v] of writes) c.write(v ?? s, enc);
    c.write(Buffer.from('|'));
    c.write('', 'latin1');
    c.uncork();
    c.end(() => console.log('bytesWritten', c.bytesWritten));
  });
});
