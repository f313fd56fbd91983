'use strict';
// map with concurrency keeps order and bounds parallelism.
const { Readable } = require('node:stream');

async function main() {
  let active = 0;
  let maxActive = 0;
  const delays = [5, 1, 3, 1, 2, 1];
  const out = await Readable.from(delays.map((d, i) => ({ d, i })))
    .map(async ({ d, i }) => {
      active++;
      maxActive = Math.max(maxActive, active);
      await new Promise((r) => setTimeout(r, d));
      active--;
      return i;
    }, { concurrency: 3 })
    .toArray();
  console.log('order preserved', out.join(','), 'max concurrency', maxActive);

  let started = 0;
  await Readable.from([1, 2, 3, 4]).forEach(async () => {
    started++;
    await new Promise((r) => setTimeout(r, 1));
  }, { concurrency: 2 });
  console.log('forEach concurrency done', started);

  const ac = new AbortController();
  const stream = Readable.from([1, 2, 3]).map(async (x, { signal }) => {
    await new Promise((r) => setTimeout(r, 2));
    return x;
  }, { signal: ac.signal });
  ac.abort();
  try {
    await stream.toArray();
  } catch (e) {
    console.log('aborted map', e.name, e.code);
  }
  const ac2 = new AbortController();
  ac2.abort();
  try {
    await Readable.from([1]).toArray({ signal: ac2.signal });
  } catch (e) {
    console.log('aborted toArray', e.name);
  }
}
main();
