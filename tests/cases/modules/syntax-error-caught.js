try {
  require('./fixtures/syntax-err');
} catch (e) {
  console.log(e.name, e instanceof SyntaxError, e.code);
}
console.log('not cached', require.resolve('./fixtures/syntax-err') in require.cache);
try {
  require('./fixtures/esm/bad-syntax.mjs');
} catch (e) {
  console.log('mjs', e.name, e.code);
}
