'use strict';
// setEncoding with multi-byte characters split across chunks.
const { Readable } = require('node:stream');

const euro = Buffer.from('\u20ac');
const r = new Readable({ read() {} });
r.setEncoding('utf8');
r.push(euro.subarray(0, 1));
console.log('after 1 byte, length', r.readableLength, JSON.stringify(r.read()));
r.push(euro.subarray(1));
r.push(Buffer.from('x'));
console.log('complete', JSON.stringify(r.read()));

const h = new Readable({ read() {} });
h.push('hi');
h.setEncoding('hex');
console.log('hex of buffered', h.read(), h.readableEncoding);
h.push(Buffer.from([255]));
console.log(h.read());

const b = new Readable({ read() {}, encoding: 'base64' });
b.push('abcd');
b.push(null);
const parts = [];
b.on('data', (d) => parts.push(d));
b.on('end', () => console.log('base64 parts', JSON.stringify(parts)));

const partial = new Readable({ read() {} });
partial.setEncoding('utf8');
partial.push(Buffer.from([0xe2, 0x82]));
partial.push(null);
partial.on('data', (d) => console.log('partial data', JSON.stringify(d)));
partial.on('end', () => console.log('partial end'));
console.log('setEncoding returns this', partial.setEncoding('utf8') === partial);
