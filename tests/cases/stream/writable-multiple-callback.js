'use strict';
// Calling the _write callback twice: ERR_MULTIPLE_CALLBACK.
const { Writable } = require('node:stream');

const w = new Writable({
  write(c, e, cb) {
    cb();
    cb();
  },
});
w.on('error', (err) => console.log('error', err.name, err.code, err.message));
w.on('close', () => console.log('close', w.destroyed));
w.write('x', (err) => console.log('write cb', err));

const w2 = new Writable({
  write(c, e, cb) { cb(); },
  final(cb) { cb(); cb(); },
});
w2.on('error', (err) => console.log('w2 error', err.code));
w2.on('finish', () => console.log('w2 finish'));
w2.on('close', () => console.log('w2 close'));
w2.end('y');
