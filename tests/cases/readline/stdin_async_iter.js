const readline = require('node:readline');
(async () => {
  const rl = readline.createInterface({ input: process.stdin, terminal: false });
  let n = 0;
  for await (const l of rl) n++;
  console.log('done', n);
})();
