const a = require('./fixtures/cycle-a');
console.log('a', JSON.stringify(a));
const b = require('./fixtures/cycle-b');
console.log('b', JSON.stringify(b));
console.log('b.sawA.loaded', b.sawA.loaded, 'a.loaded', a.loaded);
