const readline = require('node:readline');
const { Readable } = require('node:stream');
const rl = readline.createInterface({ input: Readable.from(['one\ntwo\n', 'three\nfour']) });
console.log('terminal', rl.terminal, 'crlfDelay', rl.crlfDelay, 'historySize', rl.historySize);
rl.on('line', (l) => console.log('line', JSON.stringify(l)));
rl.on('pause', () => console.log('pause'));
rl.on('resume', () => console.log('resume'));
rl.on('close', () => console.log('close', rl.closed));
