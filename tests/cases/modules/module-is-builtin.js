const { isBuiltin } = require('node:module');
// (node:test, node:sea and sys are builtins of node 20 that wqnode lacks.)
for (const id of ['fs', 'node:fs', 'fs/promises', 'path', 'path/posix', 'node:path/win32', 'test',
  'internal/errors', 'node:internal/errors', 'nope', 'node:nope', '', 'FS', 'module', 'node:module',
  'sea', 'sqlite', 'node:sqlite', 'test/reporters', 'events', 'node:events', 'Events', 'node:', 'node:node:fs']) {
  console.log(JSON.stringify(id), isBuiltin(id));
}
console.log('non-string', isBuiltin(1), isBuiltin(undefined), isBuiltin({}));
