'use strict';
const punycode = require('node:punycode');
console.log(Object.keys(punycode).join(), punycode.version, Object.keys(punycode.ucs2).join());
for (const s of ['mañana', 'München', '☃-⌘', 'bücher', '日本語', 'ABC', '', 'ü😀']) console.log(JSON.stringify(s), punycode.encode(s), punycode.decode(punycode.encode(s)) === s);
console.log(punycode.toASCII('mañana.com'), punycode.toASCII('a\u3002ñ'), punycode.toASCII('user@mañana.com'), punycode.toASCII('plain.com'));
console.log(punycode.toUnicode('xn--maana-pta.com'), punycode.toUnicode('XN--MAANA-PTA'), punycode.toUnicode('user@xn--maana-pta.com'));
console.log(JSON.stringify(punycode.ucs2.decode('\ud800a\udc00\ud83d\ude00')), punycode.ucs2.encode([0x61, 0x1f600, 0xd800]) === 'a\ud83d\ude00\ud800');
for (const bad of ['\u00e9', '99999999999', 'a-9', 'ZZZZZZZZZZZ']) {
  try { console.log(punycode.decode(bad)); } catch (e) { console.log(e.name, e.message); }
}
console.log(punycode.decode('a-'), punycode.decode('ABC-'), punycode.encode(5));
