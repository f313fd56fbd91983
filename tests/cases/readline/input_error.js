const readline = require('node:readline');
const { PassThrough } = require('node:stream');
const input = new PassThrough();
const rl = readline.createInterface({ input });
rl.on('error', (e) => console.log('rl error', e.message));
rl.on('line', (l) => console.log('line', l));
rl.on('close', () => console.log('close'));
input.write('ok\n');
setImmediate(() => {
  input.destroy(new Error('boom'));
  setTimeout(() => { console.log('closed?', !!rl.closed); rl.close(); }, 10);
});
