'use strict';
// pipeline() with async generator stages, iterable sources and async sinks.
const { pipeline, Readable, Writable } = require('node:stream');

const collected = [];
pipeline(
  ['a', 'b', 'c'],
  async function* (source) {
    for await (const chunk of source) yield chunk + chunk;
  },
  async function* (source) {
    for await (const chunk of source) yield chunk.toUpperCase();
  },
  new Writable({
    objectMode: true,
    write(c, e, cb) { collected.push(c); cb(); },
  }),
  (err) => {
    console.log('gen pipeline', err, collected.join(','));
    pipeline(
      function* () { yield 1; yield 2; yield 3; },
      async function (source) {
        let sum = 0;
        for await (const n of source) sum += n;
        return sum;
      },
      (err2, val) => {
        console.log('async sink', err2, val);
        pipeline(
          Readable.from(['x', 'y']),
          async function* (source, { signal }) {
            console.log('signal given', typeof signal, signal.aborted);
            for await (const c of source) yield c;
          },
          async function* (source) {
            for await (const c of source) yield c;
            throw new Error('late failure');
          },
          async function (source) {
            // eslint-disable-next-line no-unused-vars
            for await (const c of source);
          },
          (err3) => console.log('generator error', err3 && err3.message),
        );
      },
    );
  },
);
