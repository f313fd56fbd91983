const readline = require('node:readline');
const { PassThrough } = require('node:stream');
const input = new PassThrough();
const rl = readline.createInterface({ input });
rl.on('line', (l) => { console.log('line', l); if (l === 'stop') rl.close(); });
rl.on('close', () => console.log('close'));
input.write('a\nstop\nafter\nmore\n');
setTimeout(() => console.log('input listeners', input.listenerCount('data'), input.listenerCount('end')), 10);
