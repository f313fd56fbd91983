const a = require('./fixtures/data.json');
a.mutated = true;
const b = require('./fixtures/data');
console.log('mutation visible', b.mutated, a === b);
delete require.cache[require.resolve('./fixtures/data.json')];
const c = require('./fixtures/data.json');
console.log('fresh after delete', c.mutated, c === a);
