'use strict';
// PassThrough forwards chunks; encodings and objectMode.
const { PassThrough, Transform } = require('node:stream');

const p = new PassThrough();
console.log('instanceof Transform', p instanceof Transform);
p.write('hello ');
p.write(Buffer.from('world'));
p.end();
let s = '';
p.setEncoding('utf8');
p.on('data', (d) => { s += d; });
p.on('end', () => console.log('text', JSON.stringify(s)));

const o = new PassThrough({ objectMode: true });
o.end({ a: 1 });
o.on('data', (d) => console.log('object', JSON.stringify(d)));

const n = PassThrough();
console.log('callable without new', n instanceof PassThrough);
const z = new PassThrough({ highWaterMark: 0 });
console.log('hwm0 write ->', z.write('q'), z.readableHighWaterMark, z.writableHighWaterMark);
z.on('data', (d) => console.log('z data', String(d)));
