const readline = require('node:readline');
const { PassThrough } = require('node:stream');
const input = new PassThrough();
const rl = readline.createInterface({ input });
rl.on('line', (l) => console.log('line', JSON.stringify(l), l.length));
rl.on('close', () => console.log('close'));
const buf = Buffer.from('héllo €uro 😀\nnext\n');
for (let i = 0; i < buf.length; i += 3) input.write(buf.subarray(i, i + 3));
input.end();
