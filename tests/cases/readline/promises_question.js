const readline = require('node:readline/promises');
const { PassThrough } = require('node:stream');
const input = new PassThrough();
const output = new PassThrough();
let written = '';
output.on('data', (d) => { written += d; });
const rl = readline.createInterface({ input, output });
console.log(rl instanceof readline.Interface, rl instanceof require('node:readline').Interface);
(async () => {
  const p = rl.question('first? ');
  input.write('alpha\n');
  console.log('a1', await p);
  const ac = new AbortController();
  const p2 = rl.question('second? ', { signal: ac.signal });
  ac.abort('why');
  try { await p2; } catch (e) { console.log(e.name, e.code, e.message, e.cause); }
  const ac3 = new AbortController(); ac3.abort();
  try { await rl.question('third? ', { signal: ac3.signal }); } catch (e) { console.log('pre-aborted', e.name); }
  const p4 = rl.question('fourth? ');
  input.write('beta\n');
  console.log('a4', await p4);
  console.log(JSON.stringify(written));
  rl.close();
  try { await rl.question('x'); } catch (e) { console.log(e.name, e.code, e.message); }
})();
