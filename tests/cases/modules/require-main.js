const info = require('./fixtures/info');
console.log('main is module', require.main === module);
console.log('child isMain', info.isMain);
console.log('process.mainModule', process.mainModule === module);
console.log('require.main.id', require.main.id);
console.log('require.main.filename endsWith', require.main.filename.endsWith('require-main.js'));
