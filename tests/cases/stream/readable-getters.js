'use strict';
// Readable state getters across the lifecycle.
const { Readable } = require('node:stream');

const r = new Readable({ read() {} });
const show = (tag) => console.log(tag, JSON.stringify({
  readable: r.readable,
  flowing: r.readableFlowing,
  length: r.readableLength,
  ended: r.readableEnded,
  didRead: r.readableDidRead,
  aborted: r.readableAborted,
  destroyed: r.destroyed,
  closed: r.closed,
  errored: r.errored === null ? null : String(r.errored),
  encoding: r.readableEncoding,
  buffer: r.readableBuffer.length,
}));
show('initial');
r.push('ab');
r.push('cd');
show('pushed');
r.read(1);
show('read(1)');
r.setEncoding('utf8');
show('encoding');
r.push(null);
r.on('end', () => show('end'));
r.on('close', () => show('close'));
r.resume();
r.readable = false;
console.log('readable setter', r.readable);
r.readable = true;
