const { rel } = require('./_h');
try {
  require('./fixtures/bad.json');
} catch (e) {
  console.log(e.name, e.code, e instanceof SyntaxError);
  console.log('starts with path', rel(e.message).startsWith('./fixtures/bad.json: '));
}
try {
  require('./fixtures/bad.json');
} catch (e) {
  console.log('again', e.name);
}
console.log('not cached', require.resolve('./fixtures/bad.json') in require.cache);
