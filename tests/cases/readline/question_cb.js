const readline = require('node:readline');
const { PassThrough } = require('node:stream');
const input = new PassThrough();
const output = new PassThrough();
let written = '';
output.on('data', (d) => { written += d; });
const rl = readline.createInterface({ input, output, prompt: '$ ' });
console.log('terminal', rl.terminal, rl.getPrompt());
rl.on('line', (l) => console.log('line event', l));
rl.question('name? ', (answer) => {
  console.log('answer', answer, 'prompt', rl.getPrompt());
  rl.question('age? ', (a2) => {
    console.log('answer2', a2);
    rl.prompt();
    input.write('extra\n');
    setImmediate(() => {
      console.log(JSON.stringify(written));
      rl.close();
    });
  });
  input.write('42\n');
});
input.write('bob\n');
