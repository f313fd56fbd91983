const { err, rel } = require('./_h');
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
