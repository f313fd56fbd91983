'use strict';
// dns.Resolver against a local DNS server: every record type, TTLs,
// Node's error codes, cancel, and dns/promises.
const dns = require('dns');
const { start } = require('./_server');

const zone = {
  'example.test': [
    { type: 'A', address: '10.1.2.3', ttl: 60 },
    { type: 'A', address: '10.1.2.4', ttl: 61 },
    { type: 'AAAA', address: '2001:db8::1', ttl: 62 },
    { type: 'MX', priority: 10, exchange: 'mx.example.test' },
    { type: 'TXT', entries: ['v=spf1', ' -all'] },
    { type: 'NS', value: 'ns1.example.test' },
    { type: 'SOA', nsname: 'ns1.example.test', hostmaster: 'admin.example.test', serial: 2024010101,
      refresh: 3600, retry: 600, expire: 86400, minttl: 300 },
    { type: 'CAA', critical: 0, tag: 'issue', value: 'ca.example' },
  ],
  'alias.test': [{ type: 'CNAME', value: 'example.test' }],
  '_sip._tcp.example.test': [{ type: 'SRV', priority: 1, weight: 5, port: 5060, name: 'sip.example.test' }],
  'naptr.test': [{ type: 'NAPTR', order: 100, preference: 10, flags: 'S', service: 'SIP+D2U',
    regexp: '', replacement: '_sip._udp.example.test' }],
  '4.3.2.1.in-addr.arpa': [{ type: 'PTR', value: 'host.example.test' }],
  'empty.test': [{ type: 'TXT', entries: ['only text'] }],
};

start(zone, (server, addr) => {
  const r = new dns.Resolver({ timeout: 200, tries: 1 });
  r.setServers([addr]);
  console.log('servers are set', r.getServers().length);
  const steps = [
    (cb) => r.resolve4('example.test', cb),
    (cb) => r.resolve4('example.test', { ttl: true }, cb),
    (cb) => r.resolve6('example.test', cb),
    (cb) => r.resolve6('example.test', { ttl: true }, cb),
    (cb) => r.resolveMx('example.test', cb),
    (cb) => r.resolveTxt('example.test', cb),
    (cb) => r.resolveNs('example.test', cb),
    (cb) => r.resolveSoa('example.test', cb),
    (cb) => r.resolveCaa('example.test', cb),
    (cb) => r.resolveCname('alias.test', cb),
    (cb) => r.resolveSrv('_sip._tcp.example.test', cb),
    (cb) => r.resolveNaptr('naptr.test', cb),
    (cb) => r.reverse('1.2.3.4', cb),
    (cb) => r.resolve('example.test', 'MX', cb),
    (cb) => r.resolveAny('example.test', cb),
    (cb) => r.resolve4('nope.test', cb),
    (cb) => r.resolve4('empty.test', cb),
    (cb) => r.resolve4('fail.test', cb),
    (cb) => r.resolve4('silent.test', cb),
  ];
  (function next() {
    const s = steps.shift();
    if (!s) return more(server, addr);
    s((err, res) => {
      if (err) console.log('error', err.code, err.syscall, err.hostname, err.message);
      else console.log(JSON.stringify(res));
      next();
    });
  })();
});

function more(server, addr) {
  try { new dns.Resolver().resolve('x', 'BOGUS', () => {}); } catch (e) { console.log(e.code, e.message); }
  try { new dns.Resolver().setServers(['not an ip']); } catch (e) { console.log(e.code, e.message); }
  try { new dns.Resolver({ timeout: 'x' }); } catch (e) { console.log(e.code); }
  try { dns.reverse('bogus', () => {}); } catch (e) { console.log(e.code, e.syscall); }
  const s = new dns.Resolver();
  s.setServers(['127.0.0.1', '[::1]:5353', '10.0.0.1:53', '127.0.0.2:1053']);
  console.log(s.getServers());

  const r = new dns.Resolver({ timeout: 5000, tries: 1 });
  r.setServers([addr]);
  r.resolve4('silent.test', (e) => console.log('first', e.code));
  r.resolveTxt('silent.test', (e) => console.log('second', e.code, e.syscall));
  r.cancel();

  const p = new dns.promises.Resolver({ timeout: 200, tries: 1 });
  p.setServers([addr]);
  p.resolveMx('example.test').then((res) => {
    console.log('promise', JSON.stringify(res));
    return p.resolveSrv('nope.test');
  }).catch((e) => {
    console.log('promise error', e.code);
    server.close();
  });
}
