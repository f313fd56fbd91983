'use strict';
// Getters read a host-parsed URL through its component offsets until a
// setter builds the record: every getter, before and after a setter, on
// URLs exercising each component's edge (credentials, ports, IPv6, IPv4
// numbers, opaque and "/." paths, empty query and fragment, file hosts,
// IDNA, tabs and lone surrogates in the input).
const keys = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
  'pathname', 'search', 'hash'];
const show = (u) => keys.map((k) => `${k}=${JSON.stringify(u[k])}`).join(' ');
const inputs = [
  ['https://www.example.com/path/?query=param#hash'],
  ['HTTP://User:Pa%20ss@EXAMPLE.com:80/a/../b/./c?#'],
  ['http://u@h:8080'],
  ['http://:p@h/'],
  ['ws://[::ffff:1.2.3.4]:443/x'],
  ['http://0x7f.1/'],
  ['non-spec:/.//p?q'],
  ['web+x://h:1/%zz?a b#c d'],
  ['mailto:a@b.c?subject=hi#x'],
  ['data:text/plain,a  ?'],
  ['file:///C:/x/../y'],
  ['file://localhost/etc/'],
  ['file://host.example/share'],
  ['http://mañana.com/é?é#é'],
  ['http://xn--maana-pta.com/'],
  ['  \thttp://a\n.b/\r '],
  ['http://a/\ud800b'],
  ['../x?y#z', 'http://ex.com/a/b/c?q#f'],
  ['?only', 'http://ex.com/a?old#f'],
  ['#frag', 'sc:opaque?x'],
  ['//h2/p', 'https://h1/'],
  ['C|/x', 'file:///D:/y'],
];
for (const [input, base] of inputs) {
  const u = new URL(input, base);
  console.log(show(u));
  console.log(JSON.stringify(u), String(u), URL.canParse(input, base));
  console.log([...u.searchParams].join('|'));
}
const setters = [
  ['search', '?a=1&b=2'], ['hash', 'x y'], ['pathname', '/n/../m'], ['port', '8081'],
  ['hostname', 'other.example'], ['host', 'h3:9'], ['username', 'u s'], ['password', 'p@'],
  ['protocol', 'wss'], ['href', 'http://fresh/?z=9'], ['search', ''], ['hash', ''],
];
for (const [k, v] of setters) {
  const u = new URL('https://user:pw@www.example.com:8443/path/?query=param#hash');
  u[k] = v;
  console.log(k, show(u));
}
const u = new URL('http://x/?a=1');
const sp = u.searchParams;
sp.append('b', 'two words');
console.log(u.href, u.search);
u.search = '?c=3';
console.log([...sp].join('|'), u.href);
u.href = 'http://y/?d=4#h';
console.log([...sp].join('|'), show(u));
sp.delete('d');
console.log(u.href);
for (const bad of ['http://a b/', 'http://[::1/', 'https://', 'http://xn--/', '//x', 'http://a:99999/']) {
  try {
    new URL(bad);
    console.log('parsed', bad);
  } catch (e) {
    console.log(e.name, e.code, e.message, JSON.stringify(e.input), URL.canParse(bad));
  }
}
try {
  new URL('rel', 'not a base');
} catch (e) {
  console.log(e.code, JSON.stringify(e.input), JSON.stringify(e.base));
}
