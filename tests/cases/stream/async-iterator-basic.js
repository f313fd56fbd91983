'use strict';
// for await over Readable: chunks, end, destroy after loop.
const { Readable } = require('node:stream');

async function main() {
  const r = new Readable({ objectMode: true, read() {} });
  r.push(1);
  r.push(2);
  setImmediate(() => { r.push(3); r.push(null); });
  const got = [];
  for await (const v of r) got.push(v);
  console.log('got', got.join(','), 'destroyed', r.destroyed);

  const bytes = new Readable({ read() {} });
  bytes.push('ab');
  bytes.push('cd');
  bytes.push(null);
  const parts = [];
  for await (const b of bytes) parts.push(String(b));
  console.log('bytes parts', JSON.stringify(parts));

  const early = Readable.from([1, 2, 3, 4]);
  for await (const v of early) {
    if (v === 2) break;
  }
  console.log('break destroys', early.destroyed);

  const keep = Readable.from([1, 2, 3, 4]);
  for await (const v of keep.iterator({ destroyOnReturn: false })) {
    if (v === 2) break;
  }
  console.log('destroyOnReturn false keeps', keep.destroyed, 'next read', keep.read());
  const it = Readable.from(['z'])[Symbol.asyncIterator]();
  console.log('iterator has stream', typeof it.stream, typeof it.next);
  try {
    keep.iterator(5);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
main();
