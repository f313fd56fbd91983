process.on('exit', (c) => console.log('exit', c));
console.log('before');
require('./fixtures/throws');
