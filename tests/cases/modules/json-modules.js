const { show, rel } = require('./_h');
show('data', () => require('./fixtures/data.json'));
show('data no ext', () => require('./fixtures/data'));
show('same instance', () => require('./fixtures/data.json') === require('./fixtures/data'));
show('bom', () => require('./fixtures/bom.json'));
show('string json', () => require('./fixtures/both.json'));
const m = require.cache[require.resolve('./fixtures/data.json')];
console.log('module loaded', m.loaded, rel(m.filename), m.children.length);
