'use strict';
// map / filter / flatMap / drop / take helpers.
const { Readable } = require('node:stream');

async function main() {
  const src = () => Readable.from([1, 2, 3, 4, 5, 6]);
  console.log('map', await src().map((x) => x * 2).toArray());
  console.log('async map', await src().map(async (x) => { await null; return x + 100; }).toArray());
  console.log('filter', await src().filter((x) => x % 2 === 0).toArray());
  console.log('async filter', await src().filter(async (x) => x > 3).toArray());
  console.log('flatMap', await src().flatMap((x) => [x, -x]).toArray());
  console.log('flatMap stream', await src().take(2).flatMap((x) => Readable.from([x, x])).toArray());
  console.log('drop', await src().drop(4).toArray());
  console.log('take', await src().take(2).toArray());
  console.log('take(0)', await src().take(0).toArray());
  console.log('drop+take', await src().drop(1).take(3).toArray());
  console.log('chained', await src().map((x) => x * x).filter((x) => x > 5).take(2).toArray());
  const m = src().map((x) => x);
  console.log('map returns Readable', m instanceof Readable, m.readableObjectMode);
  console.log('bytes map', await Readable.from(['ab', 'cd'], { objectMode: false }).map((b) => String(b).toUpperCase()).toArray());
  for (const [name, fn] of [
    ['map(1)', () => src().map(1)],
    ['filter(null)', () => src().filter(null)],
    ['drop(-1)', () => src().drop(-1)],
    ['take(-2)', () => src().take(-2)],
    ['map concurrency 0', () => src().map((x) => x, { concurrency: 0 })],
    ['map bad options', () => src().map((x) => x, 'x')],
    ['map bad signal', () => src().map((x) => x, { signal: {} })],
  ]) {
    try {
      fn();
      console.log(name, 'no throw');
    } catch (e) {
      console.log(name, e.name, e.code, e.message);
    }
  }
}
main();
