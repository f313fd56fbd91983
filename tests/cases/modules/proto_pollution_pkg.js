// A program that defines main/name/type/exports on Object.prototype does
// not steer package.json resolution; Module._stat reads and can be wrapped.
const Module = require('module');
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wq-pp-'));
fs.mkdirSync(path.join(dir, 'node_modules', 'pkg'), { recursive: true });
fs.writeFileSync(path.join(dir, 'node_modules', 'pkg', 'package.json'), '{}');
fs.writeFileSync(path.join(dir, 'node_modules', 'pkg', 'index.js'), 'module.exports = "index";');
fs.writeFileSync(path.join(dir, 'node_modules', 'pkg', 'evil.js'), 'module.exports = "evil";');
for (const key of ['main', 'exports', 'type', 'name']) {
  Object.defineProperty(Object.prototype, key, { configurable: true, get() { return './evil.js'; } });
}
const r = require(path.join(dir, 'node_modules', 'pkg'));
for (const key of ['main', 'exports', 'type', 'name']) delete Object.prototype[key];
console.log('resolved', r);
console.log(Module._stat(dir), Module._stat(path.join(dir, 'node_modules', 'pkg', 'index.js')), Module._stat(path.join(dir, 'nope')) < 0);
fs.rmSync(dir, { recursive: true });
