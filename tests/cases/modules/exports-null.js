const { show } = require('./_h');
show('internal null', () => require('exp-sub/feat/internal/secret'));
show('internal null resolve', () => require.resolve('exp-sub/feat/internal/secret'));
show('null-cond', () => require('exp-cond/null-cond'));
show('imports null', () => require('./fixtures/imp/use.js')[3]);
