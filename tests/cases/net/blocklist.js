'use strict';
// BlockList, SocketAddress, isIP*, autoSelectFamily defaults.
const net = require('net');

for (const s of ['127.0.0.1', '::1', '1.2.3', '::ffff:1.2.3.4', 'fe80::1%eth0', '', 'x', '1::2::3']) {
  console.log(JSON.stringify(s), net.isIP(s), net.isIPv4(s), net.isIPv6(s));
}

const bl = new net.BlockList();
bl.addAddress('10.0.0.1');
bl.addRange('192.168.0.10', '192.168.0.20');
bl.addSubnet('172.16.0.0', 12);
bl.addAddress('::1', 'ipv6');
bl.addSubnet('2001:db8::', 32, 'ipv6');
console.log(bl.rules);
for (const [a, f] of [['10.0.0.1'], ['10.0.0.2'], ['192.168.0.15'], ['192.168.0.21'], ['172.31.255.255'],
  ['172.32.0.0'], ['::1', 'ipv6'], ['2001:db8:1::5', 'ipv6'], ['::ffff:10.0.0.1', 'ipv6'], ['2001:db9::', 'ipv6']]) {
  console.log('check', a, bl.check(a, f));
}
try { bl.addAddress('nope'); } catch (e) { console.log(e.code); }
try { bl.addSubnet('10.0.0.0', 33); } catch (e) { console.log(e.code); }
try { bl.check('1.1.1.1', 'ipv5'); } catch (e) { console.log(e.code); }

const sa = new net.SocketAddress({ address: '::1', family: 'ipv6', port: 8080, flowlabel: 3 });
console.log(sa.address, sa.port, sa.family, sa.flowlabel, sa.toJSON());
console.log(new net.SocketAddress().toJSON());
console.log(bl.check(new net.SocketAddress({ address: '10.0.0.1' })));
try { new net.SocketAddress({ port: 70000 }); } catch (e) { console.log(e.code); }
try { new net.SocketAddress({ address: 'x' }); } catch (e) { console.log(e.code); }

console.log(net.getDefaultAutoSelectFamily(), net.getDefaultAutoSelectFamilyAttemptTimeout());
net.setDefaultAutoSelectFamilyAttemptTimeout(5);
console.log(net.getDefaultAutoSelectFamilyAttemptTimeout());
try { net.setDefaultAutoSelectFamily('yes'); } catch (e) { console.log(e.code); }
console.log(net.Stream === net.Socket, typeof net.createConnection);
