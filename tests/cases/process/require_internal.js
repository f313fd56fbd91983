// Internal modules are not reachable from user code.
for (const id of ['internal/errors', 'node:internal/errors', 'internal/bootstrap/realm']) {
  try { require(id); console.log('loaded', id); } catch (e) { console.log(id, e.code); }
}
const m = require('module');
console.log(m.builtinModules.includes('fs'), m.builtinModules.some((x) => x.startsWith('internal/')));
console.log(m.isBuiltin('fs'), m.isBuiltin('node:path'), m.isBuiltin('internal/errors'));
