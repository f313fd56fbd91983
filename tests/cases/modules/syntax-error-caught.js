try {
  require('./fixtures/syntax-err');
} catch (e) {
  console.log(e.name, e instanceof SyntaxError, e.code);
}
console.log('not cached', require.resolve('./fixtures/syntax-err') in require.cache);
try {
  require('./fixtures/syntax-err');
} catch (e) {
  console.log('again', e.name);
}
