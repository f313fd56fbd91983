const { err, rel } = require('./_h');
for (const spec of ['exp-sub/nope', 'exp-str/other', 'esm-only', 'exp-cond/browser', 'exp-sub/feat/internal/x', '@scope/pkg/index.js']) {
  try {
    require(spec);
    console.log(spec, 'loaded?!');
  } catch (e) {
    err(spec, e);
    console.log('  instanceof Error', e instanceof Error, 'keys', Object.keys(e));
  }
}
