console.log('path same', require('node:path') === require('path'));
console.log('events same', require('node:events') === require('events'));
console.log('util same', require('node:util') === require('util'));
console.log('join', require('node:path').join('a', 'b'));
const Module = require('node:module');
console.log('module same', Module === require('module'));
console.log('resolve', require.resolve('node:events'), require.resolve('events'));
