'use strict';
// A Hash used as a stream pushes its digest when it ends, and digest() may
// still be called once after that (the common pipeline(src, hash, cb) then
// hash.digest('hex')); an update after that is ignored, a second digest()
// throws. An Hmac's digest() after its stream ended returns empty.
const crypto = require('crypto');
const { pipeline, Readable } = require('stream');
function tryit(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, 'throws', e.code, e.message); }
}
for (const make of [() => crypto.createHash('sha256'), () => crypto.createHmac('sha256', 'k')]) {
  const h = make();
  const out = [];
  h.on('data', (d) => out.push(d.toString('hex')));
  h.on('end', () => {
    console.log(h.constructor.name, 'stream output', out);
    tryit('digest after end', () => h.digest('hex'));
    tryit('digest again', () => h.digest('hex'));
    tryit('update after', () => typeof h.update('x'));
  });
  h.write('abc');
  h.end();
}
const h2 = crypto.createHash('md5');
h2.resume();
h2.on('end', () => {
  tryit('update after end', () => h2.update('ignored') === h2);
  tryit('digest then', () => h2.digest('base64'));
});
h2.end('abc');
const h3 = crypto.createHash('sha1');
pipeline(Readable.from(['a', 'b', 'c']), h3, (err) => {
  console.log('pipeline', err, h3.digest('hex'));
});
