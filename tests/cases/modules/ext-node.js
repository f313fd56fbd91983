const { rel } = require('./_h');
for (const spec of ['./fixtures/native.node', './fixtures/native', 'addon']) {
  try {
    require(spec);
    console.log(spec, 'loaded?!');
  } catch (e) {
    console.log(spec, e.name, e.code, e.message.startsWith(rel(require.resolve(spec)).replace('./', process.cwd() + '/')));
  }
}
console.log('resolve', rel(require.resolve('./fixtures/native')));
console.log('extensions', Object.keys(require.extensions));
