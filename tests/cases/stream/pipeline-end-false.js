'use strict';
// stream/promises pipeline with { end: false } and { signal }.
const { Readable, PassThrough } = require('node:stream');
const { pipeline } = require('node:stream/promises');

async function main() {
  const dest = new PassThrough({ objectMode: true });
  const seen = [];
  dest.on('data', (d) => seen.push(d));
  await pipeline(Readable.from([1, 2]), dest, { end: false });
  console.log('after first', seen.join(','), 'writableEnded', dest.writableEnded);
  await pipeline(Readable.from([3, 4]), dest);
  console.log('after second', seen.join(','), 'writableEnded', dest.writableEnded);

  const ac = new AbortController();
  const slow = new Readable({ read() {} });
  const p = pipeline(slow, new PassThrough(), { signal: ac.signal });
  slow.push('x');
  setImmediate(() => ac.abort());
  try {
    await p;
  } catch (e) {
    console.log('aborted', e.name, e.code, e.message, 'src destroyed', slow.destroyed);
  }
  const ac2 = new AbortController();
  ac2.abort();
  try {
    await pipeline(Readable.from(['a']), new PassThrough(), { signal: ac2.signal });
  } catch (e) {
    console.log('pre-aborted', e.name, e.code);
  }
  const value = await pipeline(Readable.from([5, 6]), async (src) => {
    let t = 0;
    for await (const n of src) t += n;
    return t * 10;
  });
  console.log('resolved value', value);
}
main();
