'use strict';
const os = require('node:os');
const ifs = os.networkInterfaces();
console.log(typeof ifs, Object.getPrototypeOf(ifs) === Object.prototype);
const lo = ifs.lo;
if (lo) {
  for (const a of lo) {
    console.log(a.address, a.netmask, a.family, a.mac, a.internal, a.cidr, a.scopeid);
    console.log(Object.keys(a));
  }
}
for (const [name, addrs] of Object.entries(ifs)) {
  for (const a of addrs) {
    const ok = typeof a.address === 'string' && (a.family === 'IPv4' || a.family === 'IPv6') &&
      typeof a.internal === 'boolean' && /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/.test(a.mac) &&
      a.cidr.startsWith(a.address + '/');
    if (!ok) console.log('bad entry', name);
  }
}
console.log('done');
