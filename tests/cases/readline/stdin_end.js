const readline = require('node:readline');
const rl = readline.createInterface({ input: process.stdin, output: null, terminal: false });
let n = 0;
rl.on('line', () => n++);
rl.on('close', () => console.log('stdin closed, lines', n));
