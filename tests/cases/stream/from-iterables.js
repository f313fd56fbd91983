'use strict';
// Readable.from with arrays, generators, async generators, strings, buffers.
const { Readable } = require('node:stream');

async function collect(r) {
  const out = [];
  for await (const c of r) out.push(Buffer.isBuffer(c) ? `buf:${c}` : JSON.stringify(c));
  return out.join(' ');
}
async function main() {
  console.log('array', await collect(Readable.from([1, 'two', { three: 3 }])));
  console.log('generator', await collect(Readable.from((function* () { yield 'a'; yield 'b'; })())));
  console.log('async gen', await collect(Readable.from((async function* () { yield 'x'; await null; yield 'y'; })())));
  console.log('string not split', await collect(Readable.from('hello')));
  console.log('buffer whole', await collect(Readable.from(Buffer.from('buf'))));
  console.log('set', await collect(Readable.from(new Set([3, 4]))));
  console.log('map', await collect(Readable.from(new Map([['k', 'v']]))));
  console.log('promises in array', await collect(Readable.from([Promise.resolve('p1'), 'plain', Promise.resolve('p2')])));
  const bytes = Readable.from(['ab', 'cd'], { objectMode: false });
  console.log('objectMode false', bytes.readableObjectMode, await collect(bytes));
  const r = Readable.from([1]);
  console.log('defaults', r.readableObjectMode, r.readableHighWaterMark);
  const s = Readable.from('str');
  console.log('string defaults', s.readableObjectMode, s.readableHighWaterMark);
  for (const bad of [42, null, undefined, {}]) {
    try {
      Readable.from(bad);
    } catch (e) {
      console.log('from', String(bad), e.name, e.code, e.message);
    }
  }
}
main();
