const readline = require('node:readline');
const { Readable } = require('node:stream');
const rl = readline.createInterface({ input: Readable.from(['a\r\nb\rc\n\nd\r', '\ne\r\r\nf', '\n\n']) });
const lines = [];
rl.on('line', (l) => lines.push(l));
rl.on('close', () => console.log(JSON.stringify(lines)));
