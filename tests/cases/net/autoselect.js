'use strict';
// Happy eyeballs: a name with an IPv6 and an IPv4 address, only the IPv4
// one listening; 'lookup' events; every address refused gives an
// AggregateError; autoSelectFamily off uses the first address only.
const net = require('net');

const lookup = (host, opts, cb) => {
  if (opts.all) cb(null, [{ address: '::1', family: 6 }, { address: '127.0.0.1', family: 4 }]);
  else cb(null, '::1', 6);
};

const server = net.createServer((s) => s.end('hi'));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const c = net.connect({ port, host: 'dual.test', lookup, autoSelectFamily: true });
  c.on('lookup', (err, address, family, host) => console.log('lookup', err, address, family, host));
  c.on('connect', () => console.log('connected to', c.remoteAddress, c.autoSelectFamilyAttemptedAddresses.map((a) => a.replace(/:\d+$/, ''))));
  c.setEncoding('utf8');
  c.on('data', (d) => console.log('data', d));
  c.on('close', () => {
    server.close(() => {
      const d = net.connect({ port, host: 'dual.test', lookup, autoSelectFamily: true });
      d.on('error', (e) => {
        console.log(e.constructor.name, e.code, e.errors.map((x) => `${x.code} ${x.address}`));
        const f = net.connect({ port, host: 'dual.test', lookup, autoSelectFamily: false });
        f.on('error', (e) => console.log('no autoselect', e.code, e.address));
      });
    });
  });
});
