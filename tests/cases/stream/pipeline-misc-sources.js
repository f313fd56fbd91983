'use strict';
// pipeline with a string source, a Duplex.from pair and a sync generator.
const { pipeline, Writable, PassThrough } = require('node:stream');

function sink(tag) {
  const got = [];
  return new Writable({
    objectMode: true,
    write(c, e, cb) { got.push(String(c)); cb(); },
    final(cb) { console.log(tag, JSON.stringify(got)); cb(); },
  });
}
pipeline('abc', sink('string source'), (err) => {
  console.log('string err', err);
  pipeline(function* () { yield 'g1'; yield 'g2'; }, new PassThrough({ objectMode: true }), sink('generator source'), (err2) => {
    console.log('generator err', err2);
    pipeline([Buffer.from('x')], async function* (src) {
      for await (const c of src) yield c;
    }, sink('buffer array'), (err3) => console.log('buffer err', err3));
  });
});
