'use strict';
const { Buffer } = require('node:buffer');
function show(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', typeof r);
  } catch (err) {
    console.log(label, '|', err.name, err.code, '|', err.message);
  }
}
show('alloc -1', () => Buffer.alloc(-1));
show('alloc string', () => Buffer.alloc('10'));
show('from number', () => Buffer.from(5));
show('from null', () => Buffer.from(null));
show('unknown encoding', () => Buffer.from('abc', 'nope'));
show('toString encoding', () => Buffer.from('abc').toString('nope'));
const b = Buffer.alloc(4);
show('readUInt8 oob', () => b.readUInt8(10));
show('readUInt32LE oob', () => b.readUInt32LE(1));
show('readInt16BE float', () => b.readInt16BE(0.5));
show('writeUInt8 big', () => b.writeUInt8(300, 0));
show('writeInt8 small', () => b.writeInt8(-200, 0));
show('concat bad', () => Buffer.concat([1]));
show('compare bad', () => Buffer.compare(b, 'x'));
show('fill bad encoding', () => b.fill('a', 'nope'));
