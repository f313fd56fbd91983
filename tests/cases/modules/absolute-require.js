const path = require('node:path');
const { show } = require('./_h');
show('absolute', () => require(path.join(__dirname, 'fixtures', 'b')).name);
show('absolute .js', () => require(path.join(__dirname, 'fixtures', 'b.js')).name);
show('absolute same instance', () => require(path.join(__dirname, 'fixtures/b.js')) === require('./fixtures/b'));
show('absolute missing', () => require(path.join(__dirname, 'fixtures', 'nope')));
show('absolute dir', () => require(path.join(__dirname, 'fixtures', 'dir')));
show('absolute with ..', () => require(path.join(__dirname, 'fixtures', 'dir', '..', 'b')).name);
