process.on('exit', (c) => console.log('exit', c));
require('./fixtures/nested-missing/outer');
