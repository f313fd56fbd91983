const readline = require('node:readline');
const { Readable } = require('node:stream');
(async () => {
  const rl = readline.createInterface({ input: Readable.from(['x\ny\n', 'z']), crlfDelay: Infinity });
  const out = [];
  for await (const line of rl) out.push(line);
  console.log(out, rl.closed);
  const rl2 = readline.createInterface({ input: Readable.from(['1\n2\n3\n4\n']) });
  for await (const line of rl2) {
    console.log('got', line);
    if (line === '2') break;
  }
  console.log('after break closed', rl2.closed);
})();
