const readline = require('node:readline');
const { PassThrough } = require('node:stream');
const input = new PassThrough();
const rl = readline.createInterface({ input });
const it = rl[Symbol.asyncIterator]();
console.log(it === rl[Symbol.asyncIterator](), typeof it.next, typeof it[Symbol.asyncIterator]);
input.write('a\nb\nc\n');
input.end();
setTimeout(async () => {
  const res = [];
  for await (const l of it) res.push(l);
  console.log(res);
}, 20);
