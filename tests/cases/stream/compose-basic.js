'use strict';
// stream.compose(): streams and async generator functions into one Duplex.
const { compose, Transform, Readable, PassThrough, Duplex } = require('node:stream');

async function main() {
  const upper = new Transform({
    transform(c, e, cb) { cb(null, String(c).toUpperCase()); },
  });
  const composed = compose(
    upper,
    async function* (source) {
      for await (const chunk of source) yield `<${chunk}>`;
    },
  );
  console.log('is Duplex', composed instanceof Duplex, composed.writable, composed.readable);
  const out = await Readable.from(['ab', 'cd']).pipe(composed).toArray();
  console.log('out', out.map(String).join(''));

  const viaMethod = await Readable.from([1, 2, 3]).compose(async function* (src) {
    for await (const n of src) yield n * 10;
  }).toArray();
  console.log('method', viaMethod.join(','));

  const single = compose(new PassThrough());
  console.log('single passes through', single instanceof PassThrough);
  try {
    compose();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  const failing = compose(new PassThrough(), async function* (src) {
    // eslint-disable-next-line no-unused-vars
    for await (const c of src) throw new Error('stage failed');
  });
  failing.on('error', (e) => console.log('composed error', e.message));
  failing.write('x');
  failing.resume();
}
main();
