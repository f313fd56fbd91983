'use strict';
// unshift puts data back at the front; with encodings.
const { Readable } = require('node:stream');

const r = new Readable({ read() {} });
r.push('world');
r.unshift('hello ');
console.log(String(r.read()));
r.push('abcdef');
const head = r.read(2);
console.log('head', String(head));
r.unshift(head);
console.log('all', String(r.read()));

const s = new Readable({ read() {}, encoding: 'utf8' });
s.push('xyz');
console.log('encoding', s.readableEncoding);
s.unshift(Buffer.from('AB'));
s.unshift('6364', 'hex');
const out = s.read();
console.log(typeof out, out);

const o = new Readable({ objectMode: true, read() {} });
o.push(1);
o.unshift(0);
o.unshift(-1);
console.log(o.read(), o.read(), o.read(), o.read());
console.log('unshift empty string changes nothing', r.unshift(''), r.readableLength);
