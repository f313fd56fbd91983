const { show } = require('./_h');
show('b/', () => require('./fixtures/b/'));
show('dir/', () => require('./fixtures/dir/'));
show('.', () => require('.'));
show('..', () => require('..'));
show('./fixtures/dir/..', () => require('./fixtures/dir/..'));
