const Module = require('node:module');
console.log('keys', Object.keys(require.extensions));
console.log('same', require.extensions === Module._extensions);
require.extensions['.txt'] = function (module, filename) {
  module._compile('module.exports = "TXT:" + require("path").basename(__filename);', filename);
};
console.log(require('./fixtures/weird.txt'));
console.log('resolve probes .txt', require.resolve('./fixtures/weird').split(process.cwd()).join('.'));
delete require.extensions['.txt'];
