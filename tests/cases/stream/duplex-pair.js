'use strict';
// duplexPair(): what one side writes, the other reads.
const { duplexPair, Duplex } = require('node:stream');

const [a, b] = duplexPair();
console.log('sides are Duplex', a instanceof Duplex, b instanceof Duplex);
const fromA = [];
const fromB = [];
b.on('data', (d) => fromA.push(String(d)));
a.on('data', (d) => fromB.push(String(d)));
a.write('hello');
b.write('world');
a.end('!');
b.on('end', () => {
  console.log('b saw end; fromA', fromA.join(''));
  b.end();
});
a.on('end', () => console.log('a saw end; fromB', fromB.join('')));
a.on('finish', () => console.log('a finish'));
b.on('finish', () => console.log('b finish'));
