'use strict';
const { URL } = require('node:url');
for (const f of [() => new URL(), () => new URL('x'), () => new URL('x', 'bad'), () => new URL('http://a:99999'), () => new URL('http://[::1'),
  () => new URL(Symbol('s')), () => new URL('http://a b'), () => URL.canParse(), () => { const u = new URL('http://a'); u.href = 'nope'; },
  () => URL.prototype.toString.call({}), () => URL.createObjectURL({}), () => URL.revokeObjectURL()]) {
  try { console.log('ok', String(f())); } catch (e) { console.log(e.name, e.code, e.message, e.input, e.base); }
}
console.log(URL.canParse('http://x'), URL.canParse('x'), URL.canParse('x', 'http://y'), URL.canParse('x', 'bad'));
console.log(URL.parse('x'), URL.parse('/p', 'http://h').href);
