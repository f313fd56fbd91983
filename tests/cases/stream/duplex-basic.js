'use strict';
// Duplex: independent sides, allowHalfOpen, instanceof.
const { Duplex, Readable, Writable, Stream } = require('node:stream');

const log = [];
const d = new Duplex({
  read() {},
  write(chunk, enc, cb) {
    log.push(`write ${chunk}`);
    this.push(String(chunk).toUpperCase());
    cb();
  },
  final(cb) {
    log.push('final');
    this.push(null);
    cb();
  },
});
log.push(`instanceof Duplex=${d instanceof Duplex} Readable=${d instanceof Readable} Writable=${d instanceof Writable} Stream=${d instanceof Stream}`);
log.push(`allowHalfOpen=${d.allowHalfOpen} readable=${d.readable} writable=${d.writable}`);
d.on('data', (c) => log.push(`data ${c}`));
d.on('end', () => log.push('end'));
d.on('finish', () => log.push('finish'));
d.on('close', () => {
  log.push(`close destroyed=${d.destroyed}`);
  console.log(log.join('\n'));
});
d.write('ab');
d.end('cd');

console.log('plain object instanceof Writable', {} instanceof Writable);
console.log('fake state instanceof Writable', { _writableState: {} } instanceof Writable);
class MyW extends Writable {}
console.log('Duplex instanceof MyW', new Duplex() instanceof MyW);
