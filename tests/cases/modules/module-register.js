const Module = require('node:module');
console.log('register', typeof Module.register);
console.log('SourceMap', typeof Module.SourceMap);
console.log('findSourceMap', typeof Module.findSourceMap);
