const Module = require('node:module');
const { show } = require('./_h');
show('_resolveFilename relative', () => Module._resolveFilename('./fixtures/b', module));
show('_resolveFilename builtin', () => Module._resolveFilename('path', module));
show('_resolveFilename node:', () => Module._resolveFilename('node:path', module));
show('_resolveFilename missing', () => Module._resolveFilename('./nope', module));
show('_resolveFilename paths', () => Module._resolveFilename('./b', module, false, { paths: [__dirname + '/fixtures'] }));
show('_load relative', () => Module._load('./fixtures/b', module).name);
show('_load builtin', () => Module._load('path', module) === require('path'));
show('_load node:', () => Module._load('node:events', null) === require('events'));
show('_findPath', () => Module._findPath('b', [__dirname + '/fixtures']));
show('_findPath missing', () => Module._findPath('nope', [__dirname + '/fixtures']));
// Hooking _resolveFilename redirects require.
const orig = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === 'virtual') request = './fixtures/b';
  return orig.call(this, request, ...rest);
};
show('hooked', () => require('virtual').name);
Module._resolveFilename = orig;
show('unhooked', () => require('virtual'));
