const { rel } = require('./_h');
console.log('__filename', rel(__filename));
console.log('__dirname', rel(__dirname));
console.log('types', typeof __filename, typeof __dirname);
const info = require('./fixtures/info');
console.log('child file', info.file, 'dir', info.dirname);
console.log('process.argv[1]', rel(process.argv[1]));
console.log('module.filename', rel(module.filename));
