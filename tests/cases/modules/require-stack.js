const { err, rel } = require('./_h');
try {
  require('./fixtures/nested-missing/outer');
} catch (e) {
  err('nested', e);
  console.log(JSON.stringify(e.requireStack.map(rel)));
}
try {
  require('./fixtures/missing-dep');
} catch (e) {
  err('missing-dep', e);
}
console.log('outer not cached', Object.keys(require.cache).filter((k) => k.includes('nested-missing')).map(rel));
