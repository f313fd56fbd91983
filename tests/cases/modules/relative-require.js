const { show } = require('./_h');
show('./fixtures/a', () => require('./fixtures/a'));
show('./fixtures/a.js', () => require('./fixtures/a.js'));
show('./fixtures/b same object', () => require('./fixtures/b') === require('./fixtures/b.js'));
show('../modules/fixtures/b', () => require('../modules/fixtures/b').name);
show('./fixtures/dir/../b', () => require('./fixtures/dir/../b').name);
show('fixtures/b (bare, not relative)', () => require('fixtures/b'));
show('./fixtures//b', () => require('./fixtures//b').name);
