'use strict';
const EventEmitter = require('node:events');
const { on } = EventEmitter;

async function main() {
  const e = new EventEmitter();
  process.nextTick(() => {
    e.emit('data', 1);
    e.emit('data', 2, 'b');
    e.emit('data', 3);
  });
  let count = 0;
  for await (const args of on(e, 'data')) {
    console.log('data', args);
    if (++count === 3) break;
  }
  console.log('listeners after break', e.listenerCount('data'), e.listenerCount('error'));

  // error ends iteration with rejection
  const it = on(e, 'foo');
  process.nextTick(() => {
    e.emit('foo', 'a');
    e.emit('error', new Error('kaboom'));
  });
  try {
    for await (const v of it) console.log('foo', v);
  } catch (err) {
    console.log('iteration error', err.message);
  }

  // close option
  const it2 = on(e, 'item', { close: ['end'] });
  process.nextTick(() => {
    e.emit('item', 1);
    e.emit('item', 2);
    e.emit('end');
    e.emit('item', 3);
  });
  const got = [];
  for await (const [v] of it2) got.push(v);
  console.log('closed after', got);

  // abort
  const ac = new AbortController();
  const it3 = on(e, 'tick', { signal: ac.signal });
  process.nextTick(() => ac.abort());
  try {
    for await (const v of it3) console.log('tick', v);
  } catch (err) {
    console.log('abort', err.name, err.code);
  }

  // return() and next() after done
  const it4 = on(e, 'q');
  console.log(await it4.return());
  console.log(await it4.next());
  console.log(typeof it4[Symbol.asyncIterator], it4[Symbol.asyncIterator]() === it4);

  try { on(e, 'x', { signal: 1 }); } catch (err) { console.log(err.code, err.message); }
  try { on(e, 'x', { highWaterMark: 0 }); } catch (err) { console.log(err.code, err.message); }
  try { on(e, 'x', { signal: AbortSignal.abort() }); } catch (err) { console.log('sync abort', err.name); }
}
main();
