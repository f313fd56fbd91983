const { _nodeModulePaths } = require('node:module');
console.log(JSON.stringify(_nodeModulePaths('/a/b/c')));
console.log(JSON.stringify(_nodeModulePaths('/a/node_modules/b')));
console.log(JSON.stringify(_nodeModulePaths('/a/node_modules/@s/b/node_modules/c')));
console.log(JSON.stringify(_nodeModulePaths('/')));
console.log(JSON.stringify(_nodeModulePaths('/a/b/')));
console.log(JSON.stringify(_nodeModulePaths('/a/./b/../c')));
console.log(JSON.stringify(_nodeModulePaths('/node_modules')));
console.log(JSON.stringify(_nodeModulePaths('/a/node_modules_x')));
