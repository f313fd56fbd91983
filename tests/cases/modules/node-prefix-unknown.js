const { show } = require('./_h');
show('node:nope', () => require('node:nope'));
show('node:internal/errors', () => require('node:internal/errors'));
show('internal/errors', () => require('internal/errors'));
show('node:node:fs', () => require('node:node:fs'));
show('NODE:fs', () => require('NODE:fs'));
show('test (no prefix)', () => require('test'));
show('node:', () => require('node:'));
