'use strict';
// Duplex.from with various inputs.
const { Duplex, Readable, Writable, PassThrough } = require('node:stream');

async function main() {
  const fromArr = Duplex.from(['a', 'b']);
  console.log('array ->', fromArr instanceof Duplex, fromArr.writable, (await fromArr.toArray()).join(''));

  const pt = new PassThrough();
  console.log('duplex returned as is', Duplex.from(pt) === pt);

  const r = Readable.from(['x', 'y']);
  const dr = Duplex.from(r);
  console.log('readable wrapped', dr instanceof Duplex, dr.readable, dr.writable);
  console.log('readable data', (await dr.toArray()).join(''));

  const got = [];
  const w = new Writable({ write(c, e, cb) { got.push(String(c)); cb(); } });
  const dw = Duplex.from(w);
  console.log('writable wrapped', dw.readable, dw.writable);
  dw.end('hello');
  await new Promise((res) => dw.on('finish', res));
  console.log('writable got', got.join(''));

  const gen = Duplex.from(async function* (source) {
    for await (const chunk of source) yield String(chunk).split('').reverse().join('');
  });
  gen.end('abc');
  console.log('generator fn', (await gen.toArray()).map(String).join(''));

  const fromPromise = Duplex.from(Promise.resolve('resolved'));
  console.log('promise', (await fromPromise.toArray()).join(''));

  const pair = Duplex.from({ readable: Readable.from(['r1']), writable: new PassThrough() });
  console.log('pair', pair.readable, pair.writable);
  pair.end();
  console.log('pair data', (await pair.toArray()).join(''));

  const asyncFn = Duplex.from(async function (source) {
    let n = 0;
    // eslint-disable-next-line no-unused-vars
    for await (const c of source) n++;
    console.log('async fn consumed', n);
  });
  asyncFn.write('1');
  asyncFn.end('2');
  await new Promise((res) => asyncFn.on('finish', res));

  for (const bad of [42, null]) {
    try {
      Duplex.from(bad);
    } catch (e) {
      console.log(String(bad), e.name, e.code);
    }
  }
  try {
    Duplex.from(() => 42);
  } catch (e) {
    console.log('fn returning 42', e.code, e.message);
  }
}
main();
