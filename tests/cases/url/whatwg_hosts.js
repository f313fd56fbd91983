'use strict';
const { URL } = require('node:url');
const hosts = ['1.2.3.4', '0x7f.1', '0177.0.0.1', '2130706433', '4294967295', '4294967296', '1.2.3.256', '1.2.65536', '0x.0x.0',
  '1.2.3.4.', '1.2.3.4.5', '09.1', 'foo.09', 'foo.0x', '1.foo', '[::1]', '[::]', '[1:0:0:2::3:0]', '[::ffff:1.2.3.4]', '[1:2:3:4:5:6:7:8]',
  '[0:0:1:0:0:1:0:0]', '[FFFF::]', '[::1', '[1:::2]', '[::1.2.3]', '%41.com', 'a%2eb', 'EXAMPLE.com', 'a b', 'a<b', 'a^b', 'a..b', '.',
  'münchen.de', 'ÉXAMPLE.com', 'ß.de', 'xn--nxasmq6b.com', 'xn--a.com', 'ａｂｃ.ＣＯＭ', 'a\u3002b', '☃.net', '%e2%98%83', '%ff', 'a\u00ad.b', 'ΑΣ.gr'];
for (const h of hosts) {
  try { const u = new URL(`http://${h}/`); console.log(JSON.stringify(h), u.host, u.hostname); } catch (e) { console.log(JSON.stringify(h), e.name, e.code, e.message); }
}
for (const h of ['a b', '%zz', '[::1]', 'ñ', 'a<']) {
  try { console.log(JSON.stringify(h), new URL(`sc://${h}/`).host); } catch (e) { console.log(JSON.stringify(h), e.code); }
}
