// A stream's async iterator waits on `await new Promise(next)` with next a
// 'readable' listener: while it waits, the iterator is reachable only
// through that listener. Collections in between must keep it alive (the
// engine used to free it and crash on the next chunk).
const { Readable } = require('stream');

function garbage() {
  // Cyclic garbage: only the cycle collector frees it.
  for (let i = 0; i < 20000; i++) { const a = { i }; a.self = a; a.b = [a, 'x' + i]; }
}

async function* source() {
  for (let i = 0; i < 5; i++) {
    await new Promise((r) => setTimeout(r, 1));
    garbage();
    yield 'chunk' + i;
  }
}

async function main() {
  const got = [];
  for await (const chunk of Readable.from(source())) {
    got.push(chunk);
    garbage();
  }
  console.log(got.join(' '));
  const r = new Readable({ read() {} });
  setTimeout(function push(i) {
    garbage();
    if (i < 4) { r.push('p' + i); setTimeout(push, 1, i + 1); } else r.push(null);
  }, 1, 0);
  const more = [];
  for await (const c of r) more.push(String(c));
  console.log(more.join(' '));
}
main().then(() => console.log('done'));
