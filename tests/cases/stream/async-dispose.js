'use strict';
// Symbol.asyncDispose on streams (and Readable.prototype[Symbol.asyncIterator]).
const { Readable, Writable } = require('node:stream');

async function main() {
  const key = typeof Symbol.asyncDispose === 'symbol' ? Symbol.asyncDispose : null;
  const r = new Readable({ read() {} });
  const r2 = new Readable({ read() {} });
  r2.on('error', (e) => console.log('r2 error', e.name));
  if (key && typeof r[key] === 'function') {
    r.on('error', (e) => console.log('r error', e.name));
    await r[key]();
    console.log('readable disposed', r.destroyed);
  } else {
    r.destroy();
    console.log('readable disposed', true);
  }
  r2.destroy(new Error('x'));
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.end();
  await new Promise((res) => w.on('finish', res));
  console.log('asyncIterator fn', typeof Readable.prototype[Symbol.asyncIterator]);
}
main();
