import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
console.log(require('./fixtures/b').name, require('plain').name);
console.log(require.resolve('exp-cond').split(process.cwd()).join('.'));
try { require('./fixtures/nope'); } catch (e) { console.log(e.code, e.requireStack.map((p) => p.split(process.cwd()).join('.'))); }
console.log('main', require.main);
