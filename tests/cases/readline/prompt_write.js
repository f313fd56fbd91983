const readline = require('node:readline');
const { PassThrough } = require('node:stream');
const input = new PassThrough();
const output = new PassThrough();
let written = '';
output.on('data', (d) => { written += d; });
const rl = readline.createInterface(input, output);
console.log(JSON.stringify(rl.getPrompt()), rl.terminal);
rl.setPrompt('>> ');
rl.prompt();
rl.on('line', (l) => console.log('line', JSON.stringify(l)));
rl.write('from write\nsecond');
rl.write(' piece\n');
rl.pause();
rl.prompt(true);
console.log('paused after prompt', rl.paused);
try { rl.setPrompt(5); rl.prompt(); } catch (e) { console.log(e.name, e.code, e.message); }
setImmediate(() => { console.log(JSON.stringify(written)); rl.close(); });
