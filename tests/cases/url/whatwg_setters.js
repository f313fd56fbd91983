'use strict';
const { URL } = require('node:url');
const base = 'http://u:p@h.com:8080/a/b?c=d#e';
const sets = {
  protocol: ['https', 'HTTPS:', 'ftp', 'file', 'sc', '1x', 'ws:junk', ''],
  username: ['', 'x y', 'a:b@c', 'é'],
  password: ['', 'x:y', '%'],
  host: ['example.com', 'x:81', 'x:', 'x:a1', 'x:99999', 'x:12/abc', '[::1]:9', '', 'a b', 'x#y', 'x:#1'],
  hostname: ['y.com', 'y:1', '', '[::2]', 'Ü'],
  port: ['81', '80', '', 'abc', 'a8', '99999', '-1', '8a', ' 8', '1.5', '0080'],
  pathname: ['x', '/x/../y', 'a b', '%2e', '?#'],
  search: ['', '?', 'a=1', '??x', 'a b#c'],
  hash: ['', '#', 'x', '##y', 'a b'],
};
for (const [k, vals] of Object.entries(sets)) {
  for (const v of vals) {
    const u = new URL(base);
    u[k] = v;
    console.log(k, JSON.stringify(v), u.href);
  }
}
for (const [b, k, v] of [['file:///x', 'host', 'h'], ['file://h/x', 'host', 'localhost'], ['file:///x', 'port', '8'], ['file:///x', 'username', 'u'],
  ['sc:opaque', 'pathname', '/x'], ['sc:opaque', 'host', 'h'], ['sc:/p', 'host', ''], ['sc://h/p', 'host', ''], ['http://h/', 'protocol', 'sc'],
  ['sc://h/', 'protocol', 'http'], ['https://h:443/', 'protocol', 'http'], ['http://h/', 'host', ''], ['mailto:x', 'search', '?y'], ['sc:/p', 'pathname', '']]) {
  const u = new URL(b);
  u[k] = v;
  console.log(b, k, JSON.stringify(v), u.href);
}
