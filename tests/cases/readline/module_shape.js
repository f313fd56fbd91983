const readline = require('node:readline');
const rp = require('node:readline/promises');
console.log(Object.keys(readline).sort());
console.log(Object.keys(rp).sort());
console.log(readline.promises === rp);
console.log(typeof readline.Interface.prototype[Symbol.asyncIterator]);
for (const m of ['setPrompt', 'getPrompt', 'prompt', 'close', 'pause', 'resume', 'write', 'getCursorPos', 'question'])
  console.log(m, typeof readline.Interface.prototype[m]);
const { promisify } = require('node:util');
const { PassThrough } = require('node:stream');
const input = new PassThrough();
const rl = readline.createInterface({ input });
const q = promisify(rl.question).bind(rl);
q('x? ').then((a) => { console.log('promisified', a); rl.close(); });
input.write('yes\n');
