'use strict';
const url = require('node:url');
console.log(Object.keys(url).join());
console.log(url.URL === globalThis.URL, url.URLSearchParams === globalThis.URLSearchParams);
for (const d of ['münchen.de', 'xn--mnchen-3ya.de', 'EXAMPLE.com', 'a b', '', '[::1]', '1.2.3', 'xn--a', '☃.net', 'ß.de']) {
  console.log(JSON.stringify(d), JSON.stringify(url.domainToASCII(d)), JSON.stringify(url.domainToUnicode(d)));
}
console.log(JSON.stringify(url.urlToHttpOptions(new url.URL('https://a:b%20c@[::1]:8080/p?q=1#h'))));
console.log(JSON.stringify(url.urlToHttpOptions(new url.URL('http://x/'))));
try { url.domainToASCII(); } catch (e) { console.log(e.name, e.code, e.message); }
