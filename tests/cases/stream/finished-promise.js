'use strict';
// stream/promises finished() and util.promisify(finished).
const { PassThrough, Readable, finished: cbFinished } = require('node:stream');
const { finished } = require('node:stream/promises');
const util = require('node:util');

async function main() {
  const r = Readable.from(['x', 'y']);
  r.resume();
  console.log('resolved value', await finished(r));
  const p = new PassThrough();
  setImmediate(() => p.destroy(new Error('nope')));
  p.on('error', () => {});
  try {
    await finished(p);
  } catch (e) {
    console.log('rejected', e.message);
  }
  console.log('promisify custom', util.promisify(cbFinished) === finished);
  console.log('stream.promises same', require('node:stream').promises.finished === finished);
  const ac = new AbortController();
  const q = new PassThrough();
  setImmediate(() => ac.abort());
  try {
    await finished(q, { signal: ac.signal });
  } catch (e) {
    console.log('signal', e.name, e.code, q.destroyed);
  }
  const c = new PassThrough();
  c.end();
  c.resume();
  await finished(c, { cleanup: true });
  console.log('cleanup listeners close', c.listenerCount('close'));
}
main();
