const { err } = require('./_h');
for (let i = 0; i < 3; i++) {
  try {
    require('./fixtures/throws');
    console.log('loaded?!');
  } catch (e) {
    err('attempt ' + i, e);
  }
}
console.log('runs', globalThis.__throwsRuns);
console.log('in cache', require.resolve('./fixtures/throws') in require.cache);
console.log('child kept', module.children.some((c) => c.id.endsWith('throws.js')));
