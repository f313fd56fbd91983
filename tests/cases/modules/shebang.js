#!/usr/bin/env node
'use strict';
// A file starting with a hashbang line loads as CommonJS, as ESM, as the
// main script and through vm (npm bin scripts all start so).
const vm = require('vm');
// The file and line of an error's first frame (columns are the engine's).
const line = (stack) => /([\w.-]+):(\d+):\d+\)?$/.exec(stack.split('\n')[1]).slice(1, 3).join(':');
console.log('main loaded; line 1 is', JSON.stringify(require('fs').readFileSync(__filename, 'utf8').split('\n')[0]));
const bin = require('./fixtures/shebang/bin.js');
console.log(bin.kind, line(bin.stack));
try {
  require('./fixtures/shebang/bom.js');
} catch (e) {
  console.log('hashbang after a BOM:', e.name);
}
console.log(require('./fixtures/shebang/ext.cjs').kind);
console.log(JSON.stringify(require('./fixtures/shebang/only.js')));
try {
  require('./fixtures/shebang/throws.js');
} catch (e) {
  console.log(e.message, line(e.stack));
}
console.log(new vm.Script('#!/usr/bin/env node\n1 + 1').runInThisContext());
console.log(vm.runInThisContext('#!x\n"run"'));
try {
  vm.runInThisContext('1;\n#!x\n2');
} catch (e) {
  console.log('hashbang not first:', e.name);
}
try {
  new vm.Script('1;#!x');
} catch (e) {
  console.log('hashbang not first (Script):', e.name);
}
import('./fixtures/shebang/mod.mjs').then((ns) => console.log(ns.kind, line(ns.stack)));
