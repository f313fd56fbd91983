'use strict';
// asIndexedPairs (deprecated) and errors thrown by mapper propagating.
const { Readable } = require('node:stream');

async function main() {
  console.log(await Readable.from(['a', 'b']).asIndexedPairs().toArray());
  const src = Readable.from([1, 2, 3]);
  try {
    await src.map((x) => { if (x === 2) throw new Error('mapper failed'); return x; }).toArray();
  } catch (e) {
    console.log('caught', e.message);
  }
  await new Promise((r) => setImmediate(r));
  console.log('source destroyed', src.destroyed);
}
main();
