'use strict';
const path = require('node:path');
const w = path.win32;
const inputs = ['', 'C:', 'C:\\', 'C:\\a', 'C:a\\b.txt', '\\\\server\\share', '\\\\server\\share\\', '\\\\server\\share\\f.js', '\\a\\b\\',
  'a/b/c.d', 'c:\\x\\y\\', 'file:stream', '\\\\?\\UNC\\s\\h\\f', '..', 'C:..', '/'];
for (const p of inputs) {
  console.log(JSON.stringify(p), JSON.stringify([w.dirname(p), w.basename(p), w.extname(p), w.isAbsolute(p)]));
  console.log('  parse', JSON.stringify(w.parse(p)));
}
console.log(w.basename('C:\\a\\b.html', '.html'), w.basename('C:foo.html', '.html'), w.basename('\\\\x\\', 'x'));
console.log(w.format({ root: 'C:\\', name: 'x', ext: 'y' }), w.format({ dir: 'C:\\path\\dir', base: 'file.txt' }));
console.log(w.toNamespacedPath('C:\\a\\b'), w.toNamespacedPath('\\\\server\\share\\x'), w.toNamespacedPath('\\\\?\\C:\\x'), w.toNamespacedPath(''), w.toNamespacedPath(5));
