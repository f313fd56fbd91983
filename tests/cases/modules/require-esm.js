const { err, rel } = require('./_h');
// Node 20.19+ loads synchronous ES modules with require() (the namespace
// object is returned); older versions threw ERR_REQUIRE_ESM.
for (const spec of ['./fixtures/esm/mod.js', './fixtures/esm/cycle-a.mjs', 'esm-pkg', './fixtures/cjs-named/require-esm', './fixtures/esm/tla.mjs']) {
  try {
    const ns = require(spec);
    console.log(spec, 'loaded', Object.prototype.toString.call(ns), Object.keys(ns).join(','));
  } catch (e) {
    err(spec, e);
  }
}
console.log('same namespace', require('./fixtures/esm/mod.js') === require('./fixtures/esm/mod.js'));
console.log('cjs in esm scope', JSON.stringify(require('./fixtures/esm/legacy.cjs')));
console.log('cjs in esm pkg', JSON.stringify(require('esm-pkg/util.cjs')));
import('./fixtures/esm/mod.js').then((m) => console.log('import same as require', m === require('./fixtures/esm/mod.js')));
