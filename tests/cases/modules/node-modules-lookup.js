const { show } = require('./_h');
show('deep use', () => require('./fixtures/deep/a/b/c/use'));
show('plain from here', () => require('plain').name);
show('shadow from here', () => require('shadow'));
show('resolve plain', () => require.resolve('plain'));
show('nested node_modules direct', () => require('./fixtures/deep/node_modules/shadow'));
