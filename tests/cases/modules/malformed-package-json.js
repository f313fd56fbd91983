const h = require('./_h');
const { rel } = h;
// The JSON parser's own description of the problem differs between engines.
const err = (label, e) => { e.message = e.message.replace(/(package\.json: |[.] ).*$/s, '$1<json error>'); h.err(label, e); };
try {
  require('badpkg');
} catch (e) {
  err('badpkg', e);
  console.log('  path', rel(e.path));
}
try {
  require.resolve('badpkg/index.js');
  console.log('direct file resolved');
} catch (e) {
  err('badpkg/index.js', e);
}
import('badpkg').then(() => console.log('import ok?!'), (e) => err('import badpkg', e));
