const { err, rel } = require('./_h');
for (const spec of ['./nope', 'nope-pkg', '/definitely/not/here.js', '../nope/x', 'plain/nope', './fixtures/dir/nope']) {
  try {
    require(spec);
  } catch (e) {
    err(spec, e);
    console.log('  requireStack', JSON.stringify(e.requireStack.map(rel)), 'instanceof Error', e instanceof Error);
  }
}
