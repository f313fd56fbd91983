const readline = require('node:readline');
const { PassThrough } = require('node:stream');
const input = new PassThrough();
const output = new PassThrough();
let written = '';
output.on('data', (d) => { written += d; });
const rl = readline.createInterface({ input, output, terminal: false });
const ac = new AbortController();
rl.question('q1? ', { signal: ac.signal }, (a) => console.log('should not run', a));
ac.abort();
rl.on('line', (l) => console.log('line', l));
const ac2 = new AbortController();
ac2.abort();
rl.question('q2? ', { signal: ac2.signal }, (a) => console.log('never', a));
rl.question('q3? ', (a) => {
  console.log('q3', a);
  setImmediate(() => { console.log(JSON.stringify(written)); rl.close(); });
});
input.write('hello\n');
try { rl.question('x', { signal: 1 }, () => {}); } catch (e) { console.log(e.name, e.code); }
