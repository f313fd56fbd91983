const Module = require('node:module');
console.log('typeof', typeof Module, Module.name);
console.log('Module.Module', Module.Module === Module);
console.log('module instanceof', module instanceof Module);
for (const k of ['builtinModules', 'createRequire', 'isBuiltin', '_load', '_resolveFilename', '_nodeModulePaths',
  'wrap', 'wrapper', '_cache', '_extensions', '_pathCache', 'globalPaths', 'syncBuiltinESMExports', 'findSourceMap',
  'SourceMap', 'register', 'runMain', '_findPath', '_initPaths', '_preloadModules']) {
  console.log(k, typeof Module[k]);
}
console.log('findPackageJSON', typeof Module.findPackageJSON);
console.log('syncBuiltinESMExports()', Module.syncBuiltinESMExports());
console.log('builtinModules array', Array.isArray(Module.builtinModules));
for (const id of ['fs', 'path', 'events', 'util', 'buffer', 'stream', 'url', 'os', 'timers', 'module']) {
  console.log('builtin has', id, Module.builtinModules.includes(id));
}
console.log('no internals', Module.builtinModules.some((x) => x.startsWith('internal/')));
console.log('no node: prefix', Module.builtinModules.some((x) => x.startsWith('node:')));
const m = new Module('x', null);
console.log('new Module', m.id, JSON.stringify(m.exports), m.loaded, m.filename, Array.isArray(m.children), m.paths);
