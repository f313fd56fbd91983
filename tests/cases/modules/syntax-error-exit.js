console.log('before');
process.on('exit', (c) => console.log('exit code', c));
require('./fixtures/syntax-err');
console.log('not reached');
