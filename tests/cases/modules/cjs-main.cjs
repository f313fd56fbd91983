console.log('cjs main', require.main === module, typeof exports);
console.log(require('./fixtures/explicit.cjs'));
