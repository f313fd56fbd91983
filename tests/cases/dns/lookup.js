'use strict';
// dns.lookup (getaddrinfo: /etc/hosts first), lookupService, argument
// checks, result order, dns/promises.
const dns = require('dns');
const dnsp = require('dns/promises');
const util = require('util');

dns.lookup('localhost', { family: 4 }, (err, address, family) => {
  console.log('localhost v4', err, address, family);
  dns.lookup('127.0.0.1', (err, address, family) => {
    console.log('literal', err, address, family);
    dns.lookup('::1', { all: true }, (err, all) => {
      console.log('literal all', err, all);
      dns.lookup('', (err, address, family) => {
        console.log('empty', err, address, family);
        dns.lookup('no-such-host.invalid', (err) => {
          console.log('missing', err.code, err.syscall, err.hostname, err.message);
          dns.lookupService('127.0.0.1', 22, (err, host, service) => {
            console.log('service', err, host, service);
            promises();
          });
        });
      });
    });
  });
});

for (const bad of [[1], ['x', { family: 5 }], ['x', { hints: 123456 }], ['x', 'y']]) {
  try { dns.lookup(...bad, () => {}); } catch (e) { console.log(e.code, e.message); }
}
try { dns.lookup('x'); } catch (e) { console.log(e.code); }
try { dns.lookupService('nope', 80, () => {}); } catch (e) { console.log(e.code, e.message); }
try { dns.lookupService('127.0.0.1', 70000, () => {}); } catch (e) { console.log(e.code); }
try { dns.setDefaultResultOrder('random'); } catch (e) { console.log(e.code); }
console.log(dns.getDefaultResultOrder());
dns.setDefaultResultOrder('ipv4first');
console.log(dns.getDefaultResultOrder(), dnsp.getDefaultResultOrder());
dns.setDefaultResultOrder('verbatim');
console.log(dns.ADDRCONFIG, dns.V4MAPPED, dns.ALL, dns.NOTFOUND, dns.NODATA, dns.CANCELLED, dns.TIMEOUT);

async function promises() {
  console.log(await dnsp.lookup('localhost', 4));
  console.log(await dnsp.lookup('127.0.0.1', { all: true }));
  console.log(await util.promisify(dns.lookup)('127.0.0.1'));
  console.log(await dnsp.lookupService('127.0.0.1', 80));
  await dnsp.lookup('no-such-host.invalid').catch((e) => console.log('promise', e.code));
}
