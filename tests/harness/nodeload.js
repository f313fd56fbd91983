'use strict';
// Loads wqnode's own builtin modules (modules/*.js) under real Node, so that
// pure-JavaScript modules can be developed and compared against Node's
// builtins side by side: `node tests/harness/nodeload.js util` or
//   const { load } = require('./tests/harness/nodeload'); load('util').inspect(...)
// Builtins wqnode does not have yet fall back to Node's own.
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..', '..', 'modules');
const cache = new Map();

function internalBinding(name) {
  throw new Error(`internalBinding('${name}') is not available under node`);
}

function load(id) {
  if (id.startsWith('node:')) id = id.slice(5);
  if (cache.has(id)) return cache.get(id).exports;
  const file = path.join(root, id + '.js');
  if (!fs.existsSync(file)) {
    if (id.startsWith('internal/')) throw new Error(`no builtin ${id}`);
    return require(id);
  }
  const module = { exports: {}, id };
  cache.set(id, module);
  const src = fs.readFileSync(file, 'utf8');
  const fn = new Function('exports', 'require', 'module', 'internalBinding', src);
  fn.call(module.exports, module.exports, load, module, internalBinding);
  return module.exports;
}

module.exports = { load };

if (require.main === module) {
  const m = load(process.argv[2]);
  console.log(Object.keys(m));
}
