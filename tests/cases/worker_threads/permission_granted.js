// flags: --experimental-permission --allow-fs-read=* --allow-worker
// A worker inherits its parent's grants: it may read but not write.
const { Worker } = require('worker_threads');
new Worker(`
  const fs = require('fs');
  console.log('read', typeof fs.readFileSync(${JSON.stringify(__filename)}, 'utf8'));
  try { fs.writeFileSync(${JSON.stringify(__filename + '.nope')}, 'x'); } catch (e) { console.log(e.code, e.permission); }
  try { new (require('worker_threads').Worker)('1', { eval: true }); console.log('nested ok'); } catch (e) { console.log(e.code); }
`, { eval: true }).on('exit', (c) => console.log('exit', c));
