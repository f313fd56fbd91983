const { ReadableStream } = require('node:stream/web');
(async () => {
  const collect = async (rs) => { const out = []; for await (const x of rs) out.push(x); return out; };
  console.log(await collect(ReadableStream.from([1, 2, 3])));
  console.log(await collect(ReadableStream.from('héllo')));
  console.log(await collect(ReadableStream.from(new Set(['a', 'b']))));
  async function* gen() { yield 'x'; await null; yield 'y'; }
  console.log(await collect(ReadableStream.from(gen())));
  console.log(await collect(ReadableStream.from([Promise.resolve('p1'), 'v2'])));
  let returned = false;
  const it = { [Symbol.asyncIterator]() { return { i: 0, next() { return Promise.resolve({ value: this.i++, done: false }); }, return() { returned = true; return Promise.resolve({ done: true }); } }; } };
  const rs = ReadableStream.from(it);
  const reader = rs.getReader();
  console.log(await reader.read(), await reader.read());
  await reader.cancel('stop');
  console.log('returned', returned);
  for (const bad of [1, {}]) {
    try { ReadableStream.from(bad); } catch (e) { console.log(e.name, e.code, e.message); }
  }
  const thrower = ReadableStream.from({ [Symbol.iterator]() { return { next() { throw new Error('next threw'); } }; } });
  try { await collect(thrower); } catch (e) { console.log(e.message); }
  console.log(ReadableStream.from(ReadableStream.from([1])) instanceof ReadableStream);
})();
