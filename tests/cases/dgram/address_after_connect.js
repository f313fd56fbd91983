'use strict';
// address() follows bind, connect and disconnect (the local address a
// connect picks for a socket bound to the wildcard).
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
const peer = dgram.createSocket('udp4');
try { s.address(); } catch (e) { console.log('before bind', e.code); }
peer.bind(0, '127.0.0.1', () => {
  s.bind(0, '0.0.0.0', () => {
    const a = s.address();
    console.log('bound', a.address, a.family, typeof a.port);
    a.address = 'changed';
    console.log('fresh object', s.address().address);
    s.connect(peer.address().port, '127.0.0.1', () => {
      const b = s.address();
      console.log('connected', b.address, b.port === a.port);
      s.disconnect();
      const c = s.address();
      console.log('disconnected', c.address, c.port === a.port);
      s.close(() => {
        try { s.address(); } catch (e) { console.log('after close', e.code); }
        peer.close();
      });
    });
  });
});
