'use strict';
// reduce / some / every / find / forEach / toArray.
const { Readable } = require('node:stream');

async function main() {
  const src = () => Readable.from([1, 2, 3, 4]);
  console.log('reduce', await src().reduce((a, b) => a + b));
  console.log('reduce init', await src().reduce((a, b) => a + b, 10));
  console.log('reduce async', await src().reduce(async (a, b) => a * b, 1));
  console.log('reduce empty init', await Readable.from([]).reduce((a, b) => a + b, 'init'));
  try {
    await Readable.from([]).reduce((a, b) => a + b);
  } catch (e) {
    console.log('reduce empty', e.name, e.code, e.message);
  }
  console.log('some', await src().some((x) => x > 3), await src().some((x) => x > 9));
  console.log('every', await src().every((x) => x > 0), await src().every((x) => x > 1));
  console.log('find', await src().find((x) => x > 2), await src().find((x) => x > 9));
  const seen = [];
  const res = await src().forEach((x) => { seen.push(x); });
  console.log('forEach', seen.join(','), res);
  console.log('toArray', await src().toArray());
  const s = src();
  await s.some((x) => x === 2);
  console.log('some destroys source early', s.destroyed);
  try {
    await src().forEach(() => { throw new Error('cb threw'); });
  } catch (e) {
    console.log('forEach error', e.message);
  }
  try {
    await src().reduce('nope');
  } catch (e) {
    console.log('reduce bad', e.code, e.message);
  }
  try {
    await src().toArray('bad');
  } catch (e) {
    console.log('toArray bad', e.code, e.message);
  }
  console.log('method lengths', Readable.prototype.map.length, Readable.prototype.reduce.length, Readable.prototype.toArray.length);
  console.log('method names', Readable.prototype.map.name, Readable.prototype.forEach.name);
}
main();
