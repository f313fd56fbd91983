const { isBuiltin } = require('node:module');
for (const id of ['fs', 'node:fs', 'fs/promises', 'path', 'path/posix', 'node:path/win32', 'test', 'node:test',
  'internal/errors', 'node:internal/errors', 'nope', 'node:nope', '', 'FS', 'module', 'node:module',
  'sys', 'sea', 'node:sea', 'sqlite', 'node:sqlite', 'test/reporters', 'node:test/reporters']) {
  console.log(JSON.stringify(id), isBuiltin(id));
}
console.log('non-string', isBuiltin(1), isBuiltin(undefined), isBuiltin({}));
